/// Finds the incident's timeline, in the shapes authors write it:
/// a table with a time column and an event column, or, under a "Timeline" heading, list
/// items or lines that start with a time.
enum TimelineExtractor {
    static func timeline(in context: ExtractionContext, tables: [DataTable]) -> [TimelineEntry] {
        if let table = tables.lazy.compactMap(TimelineTable.init).first {
            return table.entries
        }
        guard let section = context.section(where: SectionNames.isTimeline) else { return [] }
        return section.flatMap { entries(in: $0, context: context) }
    }

    private static func entries(in block: MarkdownNode, context: ExtractionContext) -> [TimelineEntry] {
        switch block.kind {
        case .list:
            return block.children.flatMap { item -> [TimelineEntry] in
                guard let first = item.children.first(where: { _ in true }) else { return [] }
                let text = first.plainText.split(separator: "\n").joined(separator: " ")
                guard let match = TimePrefix.match(text) else { return [] }
                return [TimelineEntry(rawTime: match.rawTime, text: match.text, line: context.line(item))]
            }
        case .paragraph:
            return block.plainText.split(separator: "\n").enumerated().compactMap { offset, line in
                TimePrefix.match(String(line)).map {
                    TimelineEntry(rawTime: $0.rawTime, text: $0.text, line: context.line(block) + offset)
                }
            }
        default:
            return []
        }
    }
}

/// A GFM table read as a timeline: its header has a time-like column and an event-like one.
struct TimelineTable {
    let entries: [TimelineEntry]

    private static let timeHeaders = ["time", "date", "timestamp", "when", "hour", "datetime"]
    private static let eventHeaders = ["action", "actions", "event", "events", "description", "what happened",
                                       "activity", "update", "details", "note", "notes", "status"]

    init?(_ table: DataTable) {
        let header = table.header.map(SectionNames.normalized)
        guard let timeColumn = header.firstIndex(where: { name in Self.timeHeaders.contains { name == $0 || name.hasPrefix($0 + " ") } }),
              let eventColumn = header.firstIndex(where: { name in Self.eventHeaders.contains { name == $0 || name.hasPrefix($0) } })
        else { return nil }
        entries = table.rows.enumerated().compactMap { offset, row in
            guard timeColumn < row.count, eventColumn < row.count else { return nil }
            let time = row[timeColumn].trimmed
            guard !time.isEmpty, time.contains(where: \.isNumber) else { return nil }
            return TimelineEntry(rawTime: time, text: row[eventColumn].trimmed, line: table.line + 2 + offset)
        }
    }
}
