import Foundation

/// The files a build has put into its staging folder, relative to it, from every thread:
/// what the next build may find there, and, in a staging folder started from the spare
/// site, what must stay when the spare's other files are deleted.
final class WrittenFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []

    func insert(_ relative: String) {
        lock.withLock { _ = paths.insert(relative) }
    }

    func contains(_ relative: String) -> Bool {
        lock.withLock { paths.contains(relative) }
    }

    /// Sorted, so that what is saved does not depend on the threads' timing.
    var sorted: [String] {
        lock.withLock { paths.sorted() }
    }
}
