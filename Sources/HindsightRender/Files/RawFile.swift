import Foundation

/// Whole-file reads with plain system calls: the cache reads every document on every
/// build, and Foundation's attribute lookups cost more than the read itself at 10,000 files.
package enum RawFile {
    /// Nil for anything but a readable regular file, and for files over `limit` bytes.
    package static func bytes(atPath path: String, limit: Int = .max) -> [UInt8]? {
        contents(atPath: path, limit: limit)?.bytes
    }

    /// The bytes, with the file's status as it was opened (before reading, so that a write
    /// during the read leaves a status that no longer matches).
    package static func contents(atPath path: String, limit: Int = .max) -> (bytes: [UInt8], status: FileStatus)? {
        // Non-blocking: opening a FIFO named `*.md` must not wait for a writer.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = Foundation.stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) <= limit else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var filled = 0
        while true {
            let capacity = bytes.count - filled
            if capacity == 0 { bytes.append(contentsOf: [UInt8](repeating: 0, count: 4096)); continue }
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, capacity) }
            if count < 0 { if errno == EINTR { continue }; return nil }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return (bytes, FileStatus(status))
    }

    /// Size and modification time (nanoseconds), without reading: for files the cache only
    /// needs to notice changing (images beside the documents, not their bytes).
    package static func stat(atPath path: String) -> (size: Int, modified: Int)? {
        var status = Foundation.stat()
        guard fstatat(AT_FDCWD, path, &status, 0) == 0 else { return nil }
        return (Int(status.st_size), nanoseconds(modifiedAt(status)))
    }

    /// Whether `path` is a regular file itself, not a link to one.
    package static func isRegularFile(atPath path: String) -> Bool {
        var status = Foundation.stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// Device, inode and change time: which folder this is, not just which name it has.
    package static func identity(atPath path: String) -> [Int]? {
        var status = Foundation.stat()
        guard fstatat(AT_FDCWD, path, &status, 0) == 0 else { return nil }
        return [Int(status.st_dev), Int(status.st_ino), nanoseconds(changedAt(status))]
    }

    static func nanoseconds(_ time: timespec) -> Int { Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec) }

    #if canImport(Darwin)
    static func modifiedAt(_ status: Foundation.stat) -> timespec { status.st_mtimespec }
    static func changedAt(_ status: Foundation.stat) -> timespec { status.st_ctimespec }
    #else
    static func modifiedAt(_ status: Foundation.stat) -> timespec { status.st_mtim }
    static func changedAt(_ status: Foundation.stat) -> timespec { status.st_ctim }
    #endif
}
