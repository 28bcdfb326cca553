/// Reads a timeline section whose times are inside its sentences rather than in front of
/// them: "The error was realized on Saturday 14th May 1200 hours (East Africa Time) when…",
/// "Detected: August 15, 2023, 14:30 UTC", "resolved at approximately 4:00 ET, June 16."
/// Each sentence with a clock time is an entry (a day, in a timeline that writes no clock);
/// its text is the whole sentence, only the label when the sentence is "Label: time", or
/// what follows the separator in "Label: time - event".
struct TimelineProseReader {
    let blocks: [TimelineBlock]

    func entries() -> [TimelineEntry] {
        let timed = entries(requiringClock: true)
        return timed.isEmpty ? entries(requiringClock: false) : timed
    }

    /// The sentences with a clock time; or, in a timeline that writes no clock at all, those
    /// with a day ("On November 3rd one of those accounts suddenly popped up.").
    /// A list item is one entry, whole, dated by its first time; a paragraph's sentences are
    /// entries each.
    private func entries(requiringClock: Bool) -> [TimelineEntry] {
        blocks.filter { !$0.isHeading }.flatMap { block -> [TimelineEntry] in
            if block.depth > 0, let first = block.lines.first {
                let item = Substring(block.text)
                let firstEntry = Sentences.split( block.text).lazy.compactMap {
                    entry(in: $0, of: item, line: first.line, requiringClock: requiringClock)
                }.first
                return firstEntry.map { [$0] } ?? []
            }
            return block.lines.flatMap { line in
                Sentences.split( line.text).compactMap { entry(in: $0, line: line.line, requiringClock: requiringClock) }
            }
        }
    }

    /// The entry of the first time in `sentence`, whose text is the sentence or, for a list
    /// item, the whole `item`.
    private func entry(in sentence: Substring, of item: Substring? = nil, line: Int, requiringClock: Bool) -> TimelineEntry? {
        let tokens = TextToken.tokenize(sentence)
        guard let phrase = TimeGrammar.firstPhrase(in: tokens, setting: .prose, requiringClock: requiringClock),
              phrase.hasClock || phrase.time.date != nil || phrase.time.monthDay != nil
        else { return nil }
        let timeStart = tokens[phrase.tokens.lowerBound].text.startIndex
        let timeEnd = tokens[phrase.tokens.upperBound - 1].text.endIndex
        let before = sentence[..<timeStart].trimmed
        let after = sentence[timeEnd...].trimmed
        let isLabelled = before.hasSuffix(":")
        let text: String
        if isLabelled, after.allSatisfy(\.isPunctuation) {
            text = String(before.dropLast()).trimmed  // "Detected: 14:30 UTC": the label names the event
        } else if isLabelled, let event = Self.eventAfterSeparator((item ?? sentence)[timeEnd...].trimmed) {
            text = event  // "Issue Detected: May 10, 08:00 AM - Monitoring alerts fired"
        } else {
            text = (item ?? sentence).trimmed
        }
        return TimelineEntry(rawTime: String(sentence[timeStart..<timeEnd]), text: text, line: line)
    }

    /// What follows a separator after a labelled time (` - `, ` – `, ` — `, `: `), if that is
    /// where the event's words start.
    private static func eventAfterSeparator(_ after: String) -> String? {
        guard let first = after.first, "-–—:".contains(first) else { return nil }
        let event = after.drop { "-–—: ".contains($0) }.trimmed
        return event.contains(where: \.isLetter) ? event : nil
    }
}
