import Foundation

/// What `stat` says of a document: enough to tell, without reading it, that its bytes are
/// still the ones the cache hashed. Device, inode, size and both times must all be equal, as
/// git's index assumes: an edit, a checkout, a copy or a `touch` moves at least the change
/// time, which no tool sets back.
///
/// A status is only remembered once it is settled: a file modified in the clock tick it was
/// read in (some file systems tick in seconds) could change again without either time
/// moving, so it is read again next time.
package struct FileStatus: Sendable, Equatable {
    package var device: Int
    package var inode: Int
    package var size: Int
    /// Modification and status-change times, in nanoseconds since 1970.
    package var modified: Int
    package var changed: Int

    package init(device: Int, inode: Int, size: Int, modified: Int, changed: Int) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }
}

extension FileStatus {
    init(_ status: Foundation.stat) {
        self.init(device: Int(status.st_dev), inode: Int(status.st_ino), size: Int(status.st_size),
                  modified: RawFile.nanoseconds(RawFile.modifiedAt(status)), changed: RawFile.nanoseconds(RawFile.changedAt(status)))
    }

    /// The status of the file at `path`, following links as reading it does.
    package init?(path: String) {
        var status = Foundation.stat()
        guard fstatat(AT_FDCWD, path, &status, 0) == 0 else { return nil }
        self.init(status)
    }

    /// Whether both times lie more than two seconds before `now` (nanoseconds since 1970).
    package func isSettled(at now: Int) -> Bool {
        max(modified, changed) < now - 2_000_000_000
    }

    /// The wall-clock time, in nanoseconds since 1970: what file times are measured in.
    package static var now: Int {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return RawFile.nanoseconds(time)
    }
}
