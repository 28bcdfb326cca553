import Foundation
import HindsightRender

/// A file written through a 1 MB buffer with plain system calls: listings arrive as
/// thousands of small pieces. A new file replaces an existing one at the path, never writes
/// through it: in the staging folder it may be a hard link to a published file.
package final class FileSink {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private static let capacity = 1 << 20
    /// The file's length once everything appended is flushed.
    package private(set) var length = 0

    /// Creates the file; throws the system's reason.
    package init(path: String) throws {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0, errno == EEXIST, unlink(path) == 0 {
            descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw Self.failure() }
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.capacity)
    }

    /// Opens an existing file to append to it after its first `length` bytes, cutting off
    /// anything beyond them (for the cache's own files only).
    package init(appendingTo path: String, at length: Int) throws {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.failure() }
        guard ftruncate(descriptor, off_t(length)) == 0, lseek(descriptor, off_t(length), SEEK_SET) == off_t(length) else {
            let failure = Self.failure()
            close(descriptor)
            throw failure
        }
        self.descriptor = descriptor
        self.length = length
        buffer.reserveCapacity(Self.capacity)
    }

    deinit { close(descriptor) }

    package func append(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        length += bytes.count
        if buffer.count + bytes.count > Self.capacity { try flush() }
        if bytes.count >= Self.capacity {
            try writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    package func append(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBufferPointer(append)
    }

    package func flush() throws {
        try buffer.withUnsafeBufferPointer(writeAll)
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        var written = 0
        while written < bytes.count {
            let count = Foundation.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw Self.failure() }
            written += count
        }
    }

    package struct Failure: Error, CustomStringConvertible {
        package var description: String

        package init(description: String) {
            self.description = description
        }
    }

    private static func failure() -> Failure { Failure(description: String(cString: strerror(errno))) }
}
