import Foundation
import HindsightCore

/// `mkdir -p` with plain system calls: the common case (the folder exists, or only its last
/// level is missing) costs one call, where `FileManager` inspects every level each time;
/// at 10,000 pages that difference is most of an incremental build.
enum Folders {
    static func make(_ path: String) -> Bool {
        // EEXIST for a file in the way is caught by the write that follows (ENOTDIR).
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return true }
        guard errno == ENOENT else { return false }
        let parent = Path.parent(of: path)
        guard parent != path, !parent.isEmpty, make(parent) else { return false }
        return mkdir(path, 0o755) == 0 || errno == EEXIST
    }
}
