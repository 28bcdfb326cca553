import Foundation

/// An open file read at given offsets, from any thread (`pread` has no shared position).
/// The cache decodes the `analyses` file through one, then copies the unchanged chunks of
/// the same file into the next one, so neither the file nor its chunks stay in memory.
package final class ReadOnlyFile: @unchecked Sendable {
    private let descriptor: Int32
    package let size: Int

    package init?(path: String) {
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var status = Foundation.stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return nil
        }
        size = Int(status.st_size)
    }

    deinit { close(descriptor) }

    /// The bytes in `range`, or nil when they cannot all be read.
    package func bytes(in range: Range<Int>) -> [UInt8]? {
        Self.bytes(in: range, of: descriptor)
    }

    /// The bytes in `range` of any open file.
    static func bytes(in range: Range<Int>, of descriptor: Int32) -> [UInt8]? {
        // Uninitialised: zeroing blocks of megabytes only to overwrite them was measurable.
        let bytes = [UInt8](unsafeUninitializedCapacity: range.count) { buffer, initialized in
            var filled = 0
            while filled < range.count {
                let count = pread(descriptor, buffer.baseAddress! + filled, range.count - filled, off_t(range.lowerBound + filled))
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                filled += count
            }
            initialized = filled
        }
        return bytes.count == range.count ? bytes : nil
    }
}
