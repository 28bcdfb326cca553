import Foundation
import HindsightRender

/// Compares bytes, piece after piece, with a file read a block at a time: whether a new
/// listing equals the published one, without reading the published one whole.
struct FileMatcher {
    private let file: ReadOnlyFile
    private var block: [UInt8] = []
    private var blockStart = 0
    private var position = 0
    private static let blockSize = 1 << 20

    /// Nil when there is no readable file at `path` of `size` bytes.
    init?(path: String, size: Int) {
        guard let file = ReadOnlyFile(path: path), file.size == size else { return nil }
        self.file = file
    }

    /// Whether the file's next bytes are `bytes`.
    mutating func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var compared = 0
        while compared < bytes.count {
            if position == blockStart + block.count, !readBlock() { return false }
            let count = min(blockStart + block.count - position, bytes.count - compared)
            let same = block.withUnsafeBufferPointer { block in
                memcmp(block.baseAddress! + (position - blockStart), bytes.baseAddress! + compared, count) == 0
            }
            guard same else { return false }
            position += count
            compared += count
        }
        return true
    }

    private mutating func readBlock() -> Bool {
        guard position < file.size, let bytes = file.bytes(in: position..<min(position + Self.blockSize, file.size)) else {
            return false
        }
        block = bytes
        blockStart = position
        return true
    }
}
