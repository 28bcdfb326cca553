import Foundation

/// The `analyses` file's layout: the inputs fingerprint, the number of chunks, then one
/// length-prefixed chunk per document, so that the chunks can be decoded on all cores and an
/// unchanged one can be carried into the next file without being decoded again.
enum CachedChunks {
    /// Reads the chunks from `offset` on, a block of about 8 MB at a time, and hands each
    /// block's chunks to `batch` with their locations in the file: the file holds every
    /// document's analysis and fragments, and reading it whole was the peak of a one-file
    /// rebuild. False when the file was made under other inputs; throws when malformed.
    static func read(_ file: ReadOnlyFile, from offset: Int, expecting inputs: UInt64,
                     batch: (_ bytes: [UInt8], _ chunks: [Range<Int>], _ fileOffset: Int) -> Void) throws -> Bool {
        var offset = offset
        guard let header = file.bytes(in: offset..<min(offset + 20, file.size)) else { throw BinarySource.malformed }
        let (fingerprint, count, headerSize) = try header.withUnsafeBufferPointer { buffer in
            let source = BinarySource(buffer)
            return (try source.number(), try source.number(), source.position)
        }
        guard fingerprint == inputs else { return false }
        offset += headerSize
        var remaining = count
        while remaining > 0 {
            guard let block = file.bytes(in: offset..<min(offset + blockSize, file.size)) else { throw BinarySource.malformed }
            var chunks = completeChunks(in: block, atMost: remaining)
            var bytes = block
            if chunks.isEmpty {
                // One chunk larger than a block: read exactly it.
                let size = try block.withUnsafeBufferPointer { try BinarySource($0).chunkSize() }
                guard size <= file.size - offset, let whole = file.bytes(in: offset..<(offset + size)) else {
                    throw BinarySource.malformed
                }
                bytes = whole
                chunks = completeChunks(in: whole, atMost: 1)
                guard chunks.count == 1 else { throw BinarySource.malformed }
            }
            batch(bytes, chunks, offset)
            offset += chunks.last!.upperBound
            remaining -= UInt64(chunks.count)
        }
        guard offset == file.size else { throw BinarySource.malformed }
        return true
    }

    private static let blockSize = 8 << 20

    /// The chunks that lie whole in `bytes`, from its start.
    private static func completeChunks(in bytes: [UInt8], atMost limit: UInt64) -> [Range<Int>] {
        bytes.withUnsafeBufferPointer { buffer in
            let source = BinarySource(buffer)
            var chunks: [Range<Int>] = []
            while UInt64(chunks.count) < limit, let chunk = try? source.chunk() {
                chunks.append(chunk)
            }
            return chunks
        }
    }

    /// Writes chunks as they come, through `FileSink`'s buffer: the file holds every
    /// document's analysis and listing fragments, and holding it whole (or joined) was most
    /// of a large build's peak memory.
    struct Writer {
        let file: FileSink

        init(file: FileSink, inputs: UInt64, count: Int) throws {
            self.file = file
            let header = BinarySink()
            header.number(inputs)
            header.number(UInt64(count))
            try file.append(header.bytes)
        }

        func append(_ chunk: [UInt8]) throws {
            let length = BinarySink()
            length.number(UInt64(chunk.count))
            try file.append(length.bytes)
            try file.append(chunk)
        }
    }
}
