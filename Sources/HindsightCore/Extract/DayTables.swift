/// A timeline written as one table per day, each under a heading that names the day:
///
///     ## Nov 26
///     | Time (UTC) | Event |
///     | 22:11      | First block with the spam transaction |
///     ## Nov 27
///     | Time (UTC) | Event |
///     | 09:09      | … |
///
/// The tables after the first timeline table go on with it while they have its columns and
/// nothing but a day's heading stands between them; each entry takes its table's day, so
/// that a time alone is placed on the right day.
struct DayTables {
    let context: ExtractionContext
    /// The incident's day, whose year completes a heading written without one (`Nov 26`).
    let incidentDay: CalendarDate?

    /// The entries of the timeline that starts with `first` (read as `entries`), and of the
    /// tables that go on with it.
    func entries(startingWith first: DataTable, entries: [TimelineEntry], tables: [DataTable]) -> [TimelineEntry] {
        guard let start = context.blocks.firstIndex(where: { isTable($0) && context.line($0) == first.line }) else { return entries }
        var all = entries.map { dayed($0, by: dayHeading(before: start)) }
        var day: CalendarDate?
        for block in context.blocks[(start + 1)...] {
            if case .heading = block.kind, let heading = self.day(of: block) {
                day = heading
                continue
            }
            guard isTable(block), let heading = day,
                  let table = tables.first(where: { $0.line == context.line(block) }), table.header == first.header,
                  let more = TimelineTable(table)?.entries
            else { break }
            all += more.map { dayed($0, by: heading) }
            day = nil
        }
        return all
    }

    private func dayed(_ entry: TimelineEntry, by day: CalendarDate?) -> TimelineEntry {
        var entry = entry
        if entry.day == nil { entry.day = day }
        return entry
    }

    /// The day of the heading right above the block at `index`, if it names one.
    private func dayHeading(before index: Int) -> CalendarDate? {
        guard index > 0, case .heading = context.blocks[index - 1].kind else { return nil }
        return day(of: context.blocks[index - 1])
    }

    /// The day a heading names, when it names nothing else: `Nov 26`, `2023-08-25`, `Day 1 — March 3`.
    private func day(of heading: MarkdownNode) -> CalendarDate? {
        let tokens = TextToken.tokenize(Substring(heading.plainText))
        guard let first = tokens.indices.first(where: { tokens[$0].kind != .symbol }),
              let match = DayGrammar.match(at: first, in: tokens), match.tokens.upperBound >= tokens.count - 1
        else { return nil }
        return match.day(inYearOf: incidentDay)
    }

    private func isTable(_ block: MarkdownNode) -> Bool {
        if case .table = block.kind { return true }
        return false
    }
}
