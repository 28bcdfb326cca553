import Foundation
import HindsightCore
import HindsightRender

/// Removes a folder tree on several threads. A site is thousands of small folders (one per
/// incident), and removing them is all system calls, which spread over the cores: on one
/// thread, removing the previous site of 10,000 incidents took a fifth of a one-file rebuild.
enum FolderRemoval {
    /// Removes `folder`, its file named `last` after everything else: a removal killed
    /// half-way then leaves a folder that still carries it, or an empty one.
    static func remove(_ folder: String, jobs: Int, last: String) throws {
        let top = entries(of: folder)
        // Each top-level folder's entries first; files at the top, and links, go with it.
        let twigs = top.filter(isRealFolder).flatMap(entries)
        _ = twigs.parallelMap(jobs: jobs) { try? FileManager.default.removeItem(atPath: $0) }
        let kept = Path.join(folder, last)
        for entry in top where entry != kept {
            try FileManager.default.removeItem(atPath: entry)
        }
        try FileManager.default.removeItem(atPath: folder)
    }

    private static func entries(of folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { Path.join(folder, $0) }
    }

    /// A folder itself, not a link to one: listing through a link would remove what it
    /// points to, where `removeItem` on the link removes only the link.
    private static func isRealFolder(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}
