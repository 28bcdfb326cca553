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
                let firstEntry = Self.sentences(of: block.text).lazy.compactMap {
                    entry(in: $0, of: item, line: first.line, requiringClock: requiringClock)
                }.first
                return firstEntry.map { [$0] } ?? []
            }
            return block.lines.flatMap { line in
                Self.sentences(of: line.text).compactMap { entry(in: $0, line: line.line, requiringClock: requiringClock) }
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

    /// Splits at a full stop followed by a capital letter, except after a single letter or a
    /// title, where the stop marks an abbreviation ("p.m. ET", "Mr. Rick").
    static func sentences(of text: String) -> [Substring] {
        var sentences: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while let stop = text[index...].firstIndex(where: { ".!?".contains($0) }) {
            index = text.index(after: stop)
            let rest = text[index...]
            guard rest.first == " ", rest.dropFirst().first?.isUppercase == true,
                  !isAbbreviation(endingAt: stop, in: text)
            else { continue }
            sentences.append(text[start..<index])
            start = index
        }
        sentences.append(text[start...])
        return sentences.filter { !$0.trimmed.isEmpty }
    }

    private static let titles: Set<String> = ["mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "no", "approx"]

    private static func isAbbreviation(endingAt stop: String.Index, in text: String) -> Bool {
        let word = String(text[..<stop].reversed().prefix { $0.isLetter }.reversed()).lowercased()
        return word.count == 1 || titles.contains(word)
    }
}
