/// Finds the incident's timeline, in the shapes authors write it: a table with a time column
/// and an event column, or, in a section marked "Timeline", entries that start with their time
/// (list items, lines, timed headings, HTML paragraphs) or, failing those, sentences that
/// contain one.
enum TimelineExtractor {
    /// More entries than a reader could follow: the rest is a log pasted into the document.
    static let entryLimit = 1_000

    static func timeline(in context: ExtractionContext, tables: [DataTable]) -> [TimelineEntry] {
        if let table = tables.lazy.compactMap(TimelineTable.init).first(where: { !$0.entries.isEmpty }) {
            return table.entries
        }
        for section in TimelineSection.all(in: context) {
            let entries = entries(in: section)
            if !entries.isEmpty { return entries }
        }
        return []
    }

    private static func entries(in section: TimelineSection) -> [TimelineEntry] {
        let timedEntries = TimelineEntryReader(blocks: section.blocks).entries()
        return timedEntries.isEmpty ? TimelineProseReader(blocks: section.blocks).entries() : timedEntries
    }
}
