import Foundation
import HindsightCore
import HindsightRender

/// What identifies a document's bytes for the cache: its path, its size and a hash of its
/// content. Modification times alone are not trusted (a checkout or a copy resets them
/// while the bytes stay; an edit within the same second keeps them): a document is read and
/// hashed again unless its whole `FileStatus` is the one it had when last hashed.
package struct DocumentStamp: Sendable, Hashable, Codable {
    package var relativePath: String
    package var size: Int
    package var hash: UInt64

    /// Every document's stamp, in parallel, with the status to remember it by when that is
    /// settled. A document whose status `known` holds is not read. One that cannot be read
    /// (or is too large to be read as a postmortem) gets size -1, so it never matches a
    /// cached analysis and is analysed again, which reports why.
    static func stamps(of files: [SourceFile], known: KnownStamps, jobs: Int) -> [(stamp: DocumentStamp, status: FileStatus?)] {
        let now = FileStatus.now
        return files.parallelMap(jobs: jobs) { file in
            if let entry = known[file.relativePath], FileStatus(path: file.path) == entry.status {
                return (entry.stamp, entry.status)
            }
            let contents = RawFile.contents(atPath: file.path, limit: SourceText.maximumBytes)
            var hasher = StableHasher()
            contents.map { $0.bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
            let stamp = DocumentStamp(relativePath: file.relativePath, size: contents?.bytes.count ?? -1, hash: hasher.value)
            return (stamp, contents.flatMap { $0.status.isSettled(at: now) ? $0.status : nil })
        }
    }
}
