/// Finds the incident's timeline, in the shapes authors write it: a table with a time column
/// and an event column, or, in a section marked "Timeline", entries that start with their time
/// (list items, lines, timed headings, HTML paragraphs) or, failing those, sentences that
/// contain one.
enum TimelineExtractor {
    /// More entries than a reader could follow: the rest is a log pasted into the document.
    static let entryLimit = 1_000

    /// The timeline's entries and where they were found; nil when the document has none.
    /// - Parameter incidentDay: the incident's day, whose year completes days written without one.
    static func timeline(in context: ExtractionContext, tables: [DataTable], incidentDay: CalendarDate?) -> Candidate<[TimelineEntry]>? {
        if let (table, entries) = tables.lazy.compactMap({ table in TimelineTable(table).map { (table, $0.entries) } })
            .first(where: { !$0.1.isEmpty }) {
            let all = DayTables(context: context, incidentDay: incidentDay).entries(startingWith: table, entries: entries, tables: tables)
            return Candidate(all, Provenance(.table, line: table.line, detail: "the rows of a table with a time column"))
        }
        for section in TimelineSection.all(in: context) {
            let timedEntries = TimelineEntryReader(blocks: section.blocks, incidentDay: incidentDay).entries()
            if let first = timedEntries.first {
                return Candidate(timedEntries, Provenance(.section, line: first.line, detail: "the entries of the Timeline section that start with a time"))
            }
            let sentences = TimelineProseReader(blocks: section.blocks).entries()
            if let first = sentences.first {
                return Candidate(sentences, Provenance(.text, line: first.line, detail: "the timed sentences of the Timeline section"))
            }
        }
        return nil
    }
}
