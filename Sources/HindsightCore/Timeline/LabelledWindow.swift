/// An impact window stated as a pair of labels, in one block or in blocks close together:
///
///     Start Time: November 5, 2023, 10:00 AM (UTC)
///     End Time: November 5, 2023, 1:30 PM (UTC)
///
/// Fed the document's blocks in order, it gives the window once both are read.
struct LabelledWindow {
    /// The start read so far, and how many blocks ago.
    private var start: WrittenTime?
    private var blocksSinceStart = 0

    /// How many blocks after its start an end may come.
    private static let reach = 3

    /// Reads one block's text and its tokens; returns the window when this block completes it.
    mutating func read(_ tokens: [TextToken], of text: String) -> StatedWindow? {
        blocksSinceStart += 1
        if let time = Self.time(labelled: "start", in: tokens, of: text) {
            start = time
            blocksSinceStart = 0
        }
        guard let start, blocksSinceStart <= Self.reach,
              let end = Self.time(labelled: "end", in: tokens, of: text)
        else { return nil }
        self.start = nil
        return StatedWindow(start: start, end: end)
    }

    /// Counts a block known to hold no time (no digit), without reading it.
    mutating func skip() {
        blocksSinceStart += 1
    }

    /// The time after a label of the window's `start` or `end`, if any: `Start Time:`,
    /// `Start:`, `Impact start:`, `Start of outage:`, `Started:`, `Began:`; `End Time:`, `End:`, `Ended:`,
    /// `Resolved:`, `Recovered:`, `Resolution time:`.
    private static func time(labelled side: String, in t: [TextToken], of text: String) -> WrittenTime? {
        let words = side == "start" ? startWords : endWords
        guard let index = t.indices.first(where: { i in
            // The colon first: it rules out most places without lowercasing a word.
            guard i > 0, t[i].text == ":" else { return false }
            let labelEnd = ofQualifierStart(before: i, in: t)
                ?? (["time", "at", "date"].contains(t[i - 1].lowercased) ? i - 2 : i - 1)
            // A label starts its line (`End:`), capitalised, or after a word naming what ended
            // (`Impact end:`).
            guard labelEnd >= 0, words.contains(t[labelEnd].lowercased) else { return false }
            return labelEnd == 0 || t[labelEnd - 1].kind == .symbol || qualifiers.contains(t[labelEnd - 1].lowercased)
                || t[labelEnd].text.first?.isUppercase == true
        }) else { return nil }
        let rest = text[t[index].text.endIndex...]
        let time = TimeGrammar.reading(of: String(rest.prefix { $0 != "\n" }))
        return time.clock == nil ? nil : time
    }

    /// The index of the side's word in a label that names what started or ended after it:
    /// `Start of Outage:`, `End of the incident:`.
    private static func ofQualifierStart(before colon: Int, in t: [TextToken]) -> Int? {
        guard colon >= 3, qualifiers.contains(t[colon - 1].lowercased) else { return nil }
        let of = t[colon - 2].lowercased == "the" ? colon - 3 : colon - 2
        guard of >= 1, t[of].lowercased == "of" else { return nil }
        return of - 1
    }

    private static let startWords: Set<String> = ["start", "started", "began", "begin", "beginning"]
    private static let endWords: Set<String> = ["end", "ended", "resolved", "recovered", "restored", "resolution", "recovery"]
    /// Words that may name what started or ended: `Impact start:`, `Outage end:`.
    private static let qualifiers: Set<String> = ["impact", "outage", "incident", "downtime", "disruption", "issue", "problem"]
}
