import Foundation
import Mustache

/// One incident in a listing page's table, as templates see it: `row`, its row's HTML from
/// `ListingFragments` (the default theme places only that), read back when asked for, and
/// every key of `PageContext.summary`, made the first time a template asks for one. The index and the
/// term pages of a 10,000-document archive hold 20,000 rows; making every summary up front
/// was a tenth of a one-file rebuild, for values the default theme never reads.
///
/// A class, so that a summary made once serves every page that shows the incident; the lock
/// makes that safe across the parallel renderers. Unchecked because the summary is `Any`
/// for swift-mustache: only strings, numbers, booleans and collections of them.
final class ListedIncident: MustacheParent, @unchecked Sendable {
    /// The archive and the incident's place in it: the array is shared, where a copy of
    /// the incident per listing would retain each of its values 20,000 times over.
    private let incidents: [Incident]
    private let position: Int
    private let root: String
    private let row: TextPiece
    private let lock = NSLock()
    private var summary: [String: Any]?

    /// - Parameters:
    ///   - position: the incident's place in `incidents`.
    ///   - root: the way back to the site root from the pages that show it.
    ///   - row: its row as rendered for that root.
    init(_ incidents: [Incident], at position: Int, root: String, row: TextPiece) {
        self.incidents = incidents
        self.position = position
        self.root = root
        self.row = row
    }

    func child(named name: String) -> Any? {
        if name == "row" { return row.text ?? "" }
        return lock.withLock {
            if summary == nil { summary = PageContext.summary(incidents[position], root: root) }
            return summary?[name]
        }
    }
}
