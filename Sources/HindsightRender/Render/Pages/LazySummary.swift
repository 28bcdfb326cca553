import Foundation
import HindsightCore
import HindsightTemplates

/// An incident's `PageContext.summary`, made the first time it is read and then kept: a
/// template that iterates over a listing reads every row's summary once, however many keys
/// it looks up, and the index and a term page showing the same row share it.
///
/// A class, to be shared by every copy of the `ListedIncident` holding it; the lock makes
/// that safe across the parallel renderers (unchecked: the lock guards `made`).
final class LazySummary: @unchecked Sendable {
    /// The archive and the incident's place in it: the array is shared, where a copy of
    /// the incident per listing would retain each of its values 20,000 times over.
    private let incidents: [Incident]
    private let position: Int
    private let root: String
    private let lock = NSLock()
    private var made: [String: TemplateValue]?

    init(_ incidents: [Incident], at position: Int, root: String) {
        self.incidents = incidents
        self.position = position
        self.root = root
    }

    var values: [String: TemplateValue] {
        lock.withLock {
            if let made { return made }
            let values = PageContext.summary(incidents[position], root: root)
            made = values
            return values
        }
    }
}
