/// Reads the entries of a timeline section whose lines start with their time: list items,
/// lines of a paragraph, code or HTML block, table rows, and timed headings.
///
/// - A block whose only timed line is its first is one entry, its other lines continuing the
///   event text (a wrapped list item); a block with several timed lines has one entry per
///   timed line (lines of one paragraph).
/// - A time alone takes its text from the lines after it, or from the block under a timed
///   heading, or else from the prompt line just before it ("Detection Time:" then the time).
/// - A day alone (`2019-01-22`) heads the entries of that day and is not an entry: they
///   take its day when their time does not say one. A list item whose day has its event on
///   the lines under it is an entry of that day. A day that announces a list
///   (`2019-07-25:`) makes each untimed item of that list an entry of that day.
/// - Once a list item's headline is an entry, the item's other blocks and sub-items belong
///   to it: they are details, not entries.
struct TimelineEntryReader {
    let blocks: [TimelineBlock]
    /// The incident's day, whose year completes a day line written without one (`### March 7`).
    var incidentDay: CalendarDate?

    func entries() -> [TimelineEntry] {
        var found: [TimelineEntry] = []
        var entryItemDepth: Int?
        var day: CalendarDate?
        var announcingDay: String?
        // Once one day line announces its list with a colon, the others do too, colon or not.
        let daysAnnounceLists = blocks.contains { block in
            block.lines.contains { $0.text.hasSuffix(":") && TimePrefix.match($0.text).map(Self.isDayHeader) == true }
        }
        for index in blocks.indices {
            let block = blocks[index]
            if let depth = entryItemDepth {
                if block.depth > depth || (block.depth == depth && !block.opensItem) { continue }
                entryItemDepth = nil
            }
            if block.isHeading { announcingDay = nil }
            let announced = announcingDay, dayBefore = day
            var blockEntries = entries(inBlockAt: index, day: &day, announcingDay: &announcingDay, daysAnnounceLists: daysAnnounceLists)
            let isDayLine = day != dayBefore || announcingDay != announced
            if blockEntries.isEmpty, !isDayLine, let announced, block.opensItem, block.depth > 0 {
                blockEntries = [TimelineEntry(rawTime: announced, text: block.text, line: block.lines[0].line, day: day)]
            }
            if block.opensItem, !blockEntries.isEmpty { entryItemDepth = block.depth }
            found += blockEntries
        }
        return found
    }

    /// - Parameters:
    ///   - day: the day the last day line gave, updated by the block's own.
    ///   - announcingDay: the last day line, as written, when day lines announce lists.
    private func entries(inBlockAt index: Int, day: inout CalendarDate?, announcingDay: inout String?, daysAnnounceLists: Bool) -> [TimelineEntry] {
        let lines = blocks[index].lines
        var timed: [(lineIndex: Int, match: TimePrefix.Match, day: CalendarDate?)] = []
        for lineIndex in lines.indices {
            guard let match = TimePrefix.match(lines[lineIndex].text) else { continue }
            if Self.isDayHeader(match), !isDatedItem(blockAt: index, dayLineIndex: lineIndex) {
                day = DayGrammar.firstDay(in: match.rawTime, inYearOf: incidentDay) ?? day
                announcingDay = daysAnnounceLists ? match.rawTime.trimmed : nil
            } else {
                timed.append((lineIndex, match, day))
            }
        }
        if timed.count == 1, let only = timed.first, only.lineIndex == 0 {
            let text = ([only.match.text] + lines.dropFirst().map(\.text)).joined(separator: " ").trimmed
            return [entry(only.match, text: text, day: only.day, blockIndex: index, lineIndex: 0)]
        }
        return timed.indices.map { position in
            let (lineIndex, match, day) = timed[position]
            let nextTimed = position + 1 < timed.count ? timed[position + 1].lineIndex : lines.endIndex
            let following = lines[(lineIndex + 1)..<nextTimed].map(\.text)
            // A time alone takes the lines after it; an event broken off mid-sentence goes on
            // with the lines that carry on its sentence, in lower case ("… to change" then
            // "the MX records …"). A line that starts anew is a description, not the event.
            let text = match.text.isEmpty ? following : [match.text] + following.prefix(while: Self.carriesOn)
            return entry(match, text: text.joined(separator: " ").trimmed, day: day, blockIndex: index, lineIndex: lineIndex)
        }
    }

    private func entry(_ match: TimePrefix.Match, text: String, day: CalendarDate?, blockIndex: Int, lineIndex: Int) -> TimelineEntry {
        let event = text.isEmpty ? borrowedText(blockIndex: blockIndex, lineIndex: lineIndex) : text
        return TimelineEntry(rawTime: match.rawTime.trimmed, text: event, line: blocks[blockIndex].lines[lineIndex].line, day: day)
    }

    /// The text of a time written alone: the block under a timed heading or list item
    /// headline, else the untimed prompt line just before the time.
    private func borrowedText(blockIndex: Int, lineIndex: Int) -> String {
        let block = blocks[blockIndex]
        if let under = blockUnder(blockIndex) { return under.text }
        let previous = lineIndex > 0 ? block.lines[lineIndex - 1] : blockIndex > 0 ? blocks[blockIndex - 1].lines.last : nil
        guard let prompt = previous?.text, TimePrefix.match(prompt) == nil else { return "" }
        return Self.withoutLabelPunctuation(prompt)
    }

    /// The untimed block that a heading or an item headline introduces.
    private func blockUnder(_ index: Int) -> TimelineBlock? {
        let block = blocks[index]
        guard index + 1 < blocks.count, block.isHeading || block.opensItem else { return nil }
        let next = blocks[index + 1]
        let isUnder = block.isHeading ? !next.isHeading : next.depth > block.depth || !next.opensItem
        guard isUnder, let first = next.lines.first, TimePrefix.match(first.text) == nil else { return nil }
        return next
    }

    /// "**Detection Time:**" → "Detection Time"
    private static func withoutLabelPunctuation(_ prompt: String) -> String {
        let emphasis: Set<Character> = ["*", "_", ":", " "]
        return String(prompt.drop { emphasis.contains($0) }.reversed().drop { emphasis.contains($0) }.reversed())
    }

    /// True for a line that carries on the sentence of the line before it: it starts in lower
    /// case, or opens a note in brackets ("(Internal ID 560528920.)").
    private static func carriesOn(_ line: String) -> Bool {
        line.first?.isLowercase == true || line.first == "("
    }

    /// True for a list item that is a day and its event on the lines under it (`- 2024-06-21:`
    /// then `images removed from hub.docker.com`): an entry of that day, not a day heading.
    private func isDatedItem(blockAt index: Int, dayLineIndex: Int) -> Bool {
        let block = blocks[index]
        return dayLineIndex == 0 && block.opensItem && block.depth > 0 && block.lines.count > 1
            && block.lines.dropFirst().allSatisfy { TimePrefix.match($0.text) == nil }
    }

    /// A day with nothing after it but a note in brackets: `2015-10-21 (all times UTC)`.
    private static func isDayHeader(_ match: TimePrefix.Match) -> Bool {
        let text = match.text.trimmed
        return !match.hasClock && (text.isEmpty || text.hasPrefix("(") && text.hasSuffix(")"))
    }
}
