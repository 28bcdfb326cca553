/// A date found in a document, with the label of the line it stands on: in
/// "Date of Postmortem: August 16, 2024" the label says which day the date is.
struct DatedLine {
    var date: CalendarDate
    /// The words before the line's first colon, normalized ("date of postmortem"); empty when
    /// the date does not follow a "Label:".
    var label: String
    /// The text the date stands in, and where: read again only when a date's sentence matters.
    var text: String = ""
    var position: String.Index?

    /// The sentence says the incident happened that day: "On June 28, 2024 we were
    /// notified…", "Mainnet incident happened on 17 June 2019", "affected all users since
    /// 09/11/20", "DNS Outage on 2023-01-25".
    var statesIncident: Bool {
        guard let position else { return false }
        return Self.statesIncident(Self.sentence(around: position, in: text), dateAt: position)
    }
    /// For an all-numeric date, the order it was read in, and the other reading when the
    /// day and month could swap (`01/10/2024`).
    var order: DayGrammar.NumericOrder?
    var otherOrder: CalendarDate?

    /// When the write-up was posted, reviewed or due: not the day of the incident. Its label
    /// says so ("Posted On: …"), or the words right before it ("Posted 2021-11-05 by …").
    var isWriteUpDate: Bool {
        let words = Set(label.split(separator: " ").map(String.init))
        let namesTheWriting = Self.writingWords.contains(where: words.contains)
        let datesTheReport = words.contains("date") && ["postmortem", "mortem", "report", "document"].contains(where: words.contains)
        return (namesTheWriting || datesTheReport || label.isEmpty && followsWritingWord) && !isIncidentDate
    }

    private static let writingMarks: [StaticString] = [
        "posted", "published", "modified", "updated", "written", "due", "reviewed", "created", "prepared", "drafted", "revised",
        "edited", "submitted",
    ]
    private static let writingWords = Set(writingMarks.map(\.description))

    /// "Posted 2021-11-05", "published on March 3, 2022": a word of writing one or two words
    /// before the date; or a byline, "Posted by Sam Lee on July 2, 2020", where the writer's
    /// name stands between.
    private var followsWritingWord: Bool {
        guard let position else { return false }
        let near = String(decoding: text[..<position].utf8.suffix(48), as: UTF8.self)
        // Most dates follow no such word, which a search of the bytes tells without making words.
        guard Self.writingMarks.contains(where: { ASCIIText.contains($0, ignoringCaseIn: near) }) else { return false }
        let words = near.lowercased().split { !$0.isLetter }.map(String.init)
        if words.suffix(2).contains(where: Self.writingWords.contains) { return true }
        let byline = words.indices.dropLast().last { Self.writingWords.contains(words[$0]) && words[$0 + 1] == "by" }
        return byline.map { words.count - $0 <= Self.bylineReach } ?? false
    }

    /// The words a byline may take from its writing word to the date: "posted by Jane A. Doe on".
    private static let bylineReach = 7

    /// "Incident Date:", "Date of the incident:", "Start Time:", "Outage began:", "Thought to
    /// have occurred:".
    var isIncidentDate: Bool { Self.isIncidentDateLabel(label) }

    static func isIncidentDateLabel(_ label: String) -> Bool {
        // Most dates stand under no label; a label has a few words, looked through in place.
        guard !label.isEmpty else { return false }
        let words = label.split(separator: " ")
        let namesTheEvent = words.contains("incident") || words.contains("outage")
        let namesTheDay = words.contains("date") || words.contains("day")
        let namesTheStart = words.contains("start") || words.contains("started") || words.contains("began")
            || words.contains("occurred") || words.contains("happened")
        return namesTheEvent && namesTheDay || namesTheStart && !words.contains("end")
    }

    /// Every full date of `text`, in order.
    static func all(in text: String) -> [DatedLine] {
        guard mayHoldFullDate(text) else { return [] }
        let tokens = TextToken.tokenize(Substring(text))
        var found: [DatedLine] = []
        var index = 0
        while let match = DayGrammar.firstMatch(in: tokens, from: index) {
            let start = tokens[match.tokens.lowerBound].text.startIndex
            if let date = match.date {
                found.append(DatedLine(date: date, label: label(before: start, in: text), text: text, position: start,
                                       order: match.order, otherOrder: match.otherOrder))
            }
            index = match.tokens.upperBound
        }
        return found
    }

    /// A full date has a year: four digits in a row, or a numeric date with a two-digit
    /// year (`9/25/20`), which has two separators between digits. Most lines of prose have
    /// neither, and skipping their tokenization is most of the cost of finding dates.
    private static func mayHoldFullDate(_ text: String) -> Bool {
        var digitRun = 0
        var separatorsBetweenDigits = 0
        var previous: UInt8 = 0
        var afterSeparator = false
        for byte in text.utf8 {
            let isDigit = byte >= 48 && byte <= 57
            digitRun = isDigit ? digitRun + 1 : 0
            if digitRun == 4 { return true }
            if isDigit, afterSeparator { separatorsBetweenDigits += 1 }
            if separatorsBetweenDigits == 2 { return true }
            afterSeparator = (byte == 47 || byte == 45 || byte == 46) && previous >= 48 && previous <= 57
            previous = byte
        }
        return false
    }

    /// Words that make a sentence about the incident itself rather than about a release, a
    /// report or a plan.
    private static let incidentWords: Set<String> = [
        "incident", "outage", "happened", "occurred", "began", "begun", "started", "affected", "impacted", "down",
        "since", "during", "notified", "detected", "discovered", "noticed", "failed", "broke", "disruption", "degraded",
        "attack", "breach", "leaked", "unavailable", "offline", "errors",
    ]

    /// True when the sentence names the incident or opens on the date ("On June 28, 2024, …").
    private static func statesIncident(_ sentence: Substring, dateAt start: String.Index) -> Bool {
        if compares(sentence) { return false }
        let before = sentence[..<start].lowercased().split { !$0.isLetter }
        if before.count <= 2, before.last == "on" || before.last == "since" { return true }
        let words = sentence.lowercased().split { !$0.isLetter }
        return words.contains { incidentWords.contains(String($0)) }
    }

    /// "Like the outage on 2019-05-02, …": the date is another incident's, held up beside this one.
    var datesAnotherIncident: Bool {
        guard let position else { return false }
        return Self.compares(Self.sentence(around: position, in: text))
    }

    private static func compares(_ sentence: Substring) -> Bool {
        // Most sentences hold none of the words, which a search of the bytes tells without making words.
        guard comparingMarks.contains(where: { ASCIIText.contains($0, ignoringCaseIn: sentence) }) else { return false }
        return sentence.lowercased().split { !$0.isLetter }.contains { comparingWords.contains(String($0)) }
    }

    private static let comparingMarks: [StaticString] = ["like", "similar", "previous", "prior", "earlier", "another"]
    private static let comparingWords: Set<String> = ["like", "similar", "unlike", "previous", "prior", "earlier", "another"]

    /// The sentence (or line) of `text` that holds `position`.
    private static func sentence(around position: String.Index, in text: String) -> Substring {
        let ends: Set<Character> = [".", "!", "?", "\n"]
        var start = position
        while start > text.startIndex {
            let previous = text.index(before: start)
            if ends.contains(text[previous]), text[previous] == "\n" || start == text.endIndex || text[start] == " " { break }
            start = previous
        }
        var end = position
        while end < text.endIndex {
            let next = text.index(after: end)
            if ends.contains(text[end]), text[end] == "\n" || next == text.endIndex || text[next] == " " { break }
            end = next
        }
        return text[start..<end]
    }

    private static func label(before position: String.Index, in text: String) -> String {
        let lineStart = text[..<position].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let line = text[lineStart..<position]
        guard let colon = line.firstIndex(of: ":") else { return "" }
        return SectionNames.normalized(String(line[..<colon]))
    }
}
