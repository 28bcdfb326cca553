import Foundation

/// The files a build has put into its staging folder, relative to it, from every thread:
/// what the next build may find there, and, in a staging folder started from the spare
/// site, what must stay when the spare's other files are deleted; and the digest of each
/// file made of pieces that had one (`PiecewiseText.digest`).
package final class WrittenFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var digestsByPath: [String: UInt64] = [:]

    package func insert(_ relative: String) {
        lock.withLock { _ = paths.insert(relative) }
    }

    package func record(_ digest: UInt64, of relative: String) {
        lock.withLock { digestsByPath[relative] = digest }
    }

    package func contains(_ relative: String) -> Bool {
        lock.withLock { paths.contains(relative) }
    }

    /// Sorted, so that what is saved does not depend on the threads' timing.
    package var sorted: [String] {
        lock.withLock { paths.sorted() }
    }

    package var digests: [FileDigest] {
        lock.withLock { digestsByPath.sorted { $0.key < $1.key }.map { FileDigest(path: $0.key, digest: $0.value) } }
    }
}
