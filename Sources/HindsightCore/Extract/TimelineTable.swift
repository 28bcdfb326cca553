/// A GFM table read as a timeline: its header has a time-like column and an event-like one.
struct TimelineTable {
    let entries: [TimelineEntry]

    private static let timeHeaders = ["time", "date", "timestamp", "when", "hour", "datetime"]
    private static let eventHeaders = ["action", "actions", "event", "events", "description", "what happened",
                                       "activity", "update", "details", "note", "notes", "status"]

    init?(_ table: DataTable) {
        let header = table.header.map(SectionNames.normalized)
        guard let firstTimeColumn = header.firstIndex(where: Self.isTimeHeader),
              let eventColumn = header.firstIndex(where: Self.isEventHeader)
        else { return nil }
        let split = Self.dateAndClockColumns(header)
        let timeColumn = split?.clock ?? firstTimeColumn, dateColumn = split?.date
        var entries: [TimelineEntry] = []
        var day: CalendarDate?
        for (offset, row) in table.rows.enumerated() where timeColumn < row.count && eventColumn < row.count {
            var time = row[timeColumn].trimmed
            let text = row[eventColumn].trimmed
            if let dateColumn, dateColumn < row.count {
                let date = row[dateColumn].trimmed
                day = DayGrammar.firstDate(in: date) ?? day
                if time.isEmpty { time = date }
            }
            // A row with no time goes on with the event above: one written over two rows.
            if time.isEmpty, !text.isEmpty, let last = entries.indices.last {
                entries[last].text += " " + text
                continue
            }
            // A time has digits, or is a named one: "Midnight", "Noon (SAST)".
            let isTime = time.contains(where: \.isNumber) || TimeGrammar.reading(of: time).clock != nil
            // An event broken over two lines of the source: its second line reads as a row of
            // one cell of words ("the checkout page |"), which goes on with the event above.
            if !isTime, text.isEmpty, time.contains(where: \.isLetter), let last = entries.indices.last,
               row.indices.allSatisfy({ $0 == timeColumn || row[$0].trimmed.isEmpty }) {
                entries[last].text += " " + time
                continue
            }
            guard isTime else { continue }
            entries.append(TimelineEntry(rawTime: Self.rawTime(inCell: time), text: text, line: table.line + 2 + offset,
                                         day: dateColumn == nil ? nil : day))
        }
        self.entries = entries
    }

    /// `| Date | Time (UTC) | Event |`: the clock in a column of its own, and a date column
    /// that gives each row its day (a row without one keeps the day above).
    private static func dateAndClockColumns(_ header: [String]) -> (date: Int, clock: Int)? {
        guard let date = header.firstIndex(where: isDateHeader),
              let clock = header.indices.first(where: { $0 != date && isTimeHeader(header[$0]) && !isDateHeader(header[$0]) })
        else { return nil }
        return (date, clock)
    }

    private static func isDateHeader(_ name: String) -> Bool {
        name == "date" || name == "day" || name.hasPrefix("date ")
    }

    private static func isTimeHeader(_ name: String) -> Bool {
        timeHeaders.contains { name == $0 || name.hasPrefix($0 + " ") }
    }

    private static func isEventHeader(_ name: String) -> Bool {
        eventHeaders.contains { name.hasPrefix($0) }
    }

    /// The cell as written, less a trailing note in brackets: "Jan 27th 2025, 18:50:28 UTC
    /// (block 24154245)" gives the time, "2019-11-29 12:00+" stays whole.
    private static func rawTime(inCell cell: String) -> String {
        guard let match = TimePrefix.match(cell), match.text.isEmpty || match.text.hasPrefix("(") else { return cell }
        return match.rawTime
    }
}
