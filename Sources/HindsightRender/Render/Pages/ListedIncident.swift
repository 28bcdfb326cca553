import HindsightCore
import HindsightTemplates

/// One incident in a listing page's table, as templates see it: `row`, its row's HTML from
/// `ListingFragments` (the default theme places only that), read back when asked for, and
/// every key of `PageContext.summary`, made the first time a template asks for one. The index and the
/// term pages of a 10,000-document archive hold 20,000 rows; making every summary up front
/// was a tenth of a one-file rebuild, for values the default theme never reads.
struct ListedIncident: TemplateKeyed {
    private let row: TextPiece
    private let summary: LazySummary

    /// - Parameters:
    ///   - position: the incident's place in `incidents`.
    ///   - root: the way back to the site root from the pages that show it.
    ///   - row: its row as rendered for that root.
    init(_ incidents: [Incident], at position: Int, root: String, row: TextPiece) {
        self.row = row
        summary = LazySummary(incidents, at: position, root: root)
    }

    func value(forKey key: String) -> TemplateValue? {
        key == "row" ? .string(row.text ?? "") : summary.values[key]
    }
}
