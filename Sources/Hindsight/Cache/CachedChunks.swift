import Foundation

/// The `analyses` file's layout: the inputs fingerprint, then one length-prefixed chunk per
/// document, so that the chunks can be decoded on all cores.
enum CachedChunks {
    /// Writes the chunks through a 1 MB buffer rather than joining them first: the file is
    /// the size of every document's analysis and listing fragments, and a joined copy (or
    /// two) of it was most of a large build's peak memory.
    static func write(_ chunks: [[UInt8]], inputs: UInt64, to file: FileHandle) throws {
        let sink = BinarySink()
        sink.number(inputs)
        sink.number(UInt64(chunks.count))
        for chunk in chunks {
            sink.number(UInt64(chunk.count))
            sink.bytes.append(contentsOf: chunk)
            if sink.bytes.count >= 1 << 20 {
                try file.write(contentsOf: sink.bytes)
                sink.bytes.removeAll(keepingCapacity: true)
            }
        }
        try file.write(contentsOf: sink.bytes)
    }

    /// The chunks, or nil when the file was made under other inputs; throws when malformed.
    static func split(_ bytes: ArraySlice<UInt8>, expecting inputs: UInt64) throws -> [[UInt8]]? {
        try bytes.withUnsafeBufferPointer { buffer in
            let source = BinarySource(buffer)
            guard try source.number() == inputs else { return nil }
            let count = try source.number()
            var chunks: [[UInt8]] = []
            for _ in 0..<count {
                chunks.append(try source.chunk())
            }
            guard source.isAtEnd else { throw BinarySource.malformed }
            return chunks
        }
    }
}
