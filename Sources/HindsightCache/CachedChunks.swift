import Foundation
import HindsightRender
import HindsightWrite

/// The `analyses` file's layout: the inputs fingerprint, the `FragmentFile.Commit` its
/// fragments were saved with, the number of chunks, then one length-prefixed chunk per
/// document, so that the chunks can be decoded on all cores and an unchanged analysis can
/// be carried into the next file without being encoded again.
enum CachedChunks {
    struct Header {
        var inputs: UInt64
        var fragments: FragmentFile.Commit
        var count: UInt64
        /// Where the first chunk starts.
        var end: Int
    }

    static func header(of file: ReadOnlyFile, at offset: Int) throws -> Header {
        guard let bytes = file.bytes(in: offset..<min(offset + 40, file.size)) else { throw BinarySource.malformed }
        return try bytes.withUnsafeBufferPointer { buffer in
            let source = BinarySource(buffer)
            let inputs = try source.number(), generation = try source.number(), length = try source.number()
            guard length <= UInt64(Int.max) else { throw BinarySource.malformed }
            return Header(inputs: inputs, fragments: FragmentFile.Commit(generation: generation, length: Int(length)),
                          count: try source.number(), end: offset + source.position)
        }
    }

    /// Reads the chunks after `header`, a block of about 8 MB at a time, and hands each
    /// block's chunks to `batch` with their locations in the file, so that the file is never
    /// whole in memory. Throws when it is malformed.
    static func read(_ file: ReadOnlyFile, after header: Header,
                     batch: (_ bytes: [UInt8], _ chunks: [Range<Int>], _ fileOffset: Int) -> Void) throws {
        var offset = header.end
        var remaining = header.count
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

    /// An entry to write: made now, or copied whole from the file read (length prefix
    /// included).
    enum Entry: Sendable {
        case encoded([UInt8])
        case copied(Range<Int>)
    }

    /// Writes entries as they come, through `FileSink`'s buffer: the file holds every
    /// document's analysis and listing fragments, and holding it whole (or joined) was most
    /// of a large build's peak memory. Copied entries that lay one after another are read
    /// as one run, a block at most.
    final class Writer {
        let file: FileSink
        let source: StoredAnalyses
        private var run: Range<Int>?

        init(file: FileSink, copyingFrom source: StoredAnalyses) {
            self.file = file
            self.source = source
        }

        func start(inputs: UInt64, fragments: FragmentFile.Commit, count: Int) throws {
            let header = BinarySink()
            header.number(inputs)
            header.number(fragments.generation)
            header.number(UInt64(fragments.length))
            header.number(UInt64(count))
            try file.append(header.bytes)
        }

        func append(_ entry: Entry) throws {
            switch entry {
            case .copied(let range) where run?.upperBound == range.lowerBound && run!.count + range.count <= blockSize:
                run = run!.lowerBound..<range.upperBound
            case .copied(let range):
                try finish()
                run = range
            case .encoded(let chunk):
                try finish()
                let length = BinarySink()
                length.number(UInt64(chunk.count))
                try file.append(length.bytes)
                try file.append(chunk)
            }
        }

        /// Writes the run of copied entries still pending.
        func finish() throws {
            guard let pending = run else { return }
            run = nil
            guard let bytes = source.bytes(in: pending) else { throw BinarySource.malformed }
            try file.append(bytes)
        }
    }
}
