/// A date found in a document, with the label of the line it stands on: in
/// "Date of Postmortem: August 16, 2024" the label says which day the date is.
struct DatedLine {
    var date: CalendarDate
    /// The words before the line's first colon, normalized ("date of postmortem"); empty when
    /// the date does not follow a "Label:".
    var label: String

    /// When the write-up was posted, reviewed or due: not the day of the incident.
    var isWriteUpDate: Bool {
        let words = Set(label.split(separator: " ").map(String.init))
        let namesTheWriting = ["posted", "published", "modified", "updated", "written", "due", "reviewed"].contains(where: words.contains)
        let datesTheReport = words.contains("date") && ["postmortem", "mortem", "report", "document"].contains(where: words.contains)
        return (namesTheWriting || datesTheReport) && !isIncidentDate
    }

    /// "Incident Date:", "Date of the incident:", "Start Time:", "Outage began:".
    var isIncidentDate: Bool { Self.isIncidentDateLabel(label) }

    static func isIncidentDateLabel(_ label: String) -> Bool {
        let words = Set(label.split(separator: " ").map(String.init))
        let namesTheEvent = words.contains("incident") || words.contains("outage")
        let namesTheDay = words.contains("date") || words.contains("day")
        let namesTheStart = words.contains("start") || words.contains("started") || words.contains("began")
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
            if let date = match.date { found.append(DatedLine(date: date, label: label(before: start, in: text))) }
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

    private static func label(before position: String.Index, in text: String) -> String {
        let lineStart = text[..<position].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let line = text[lineStart..<position]
        guard let colon = line.firstIndex(of: ":") else { return "" }
        return SectionNames.normalized(String(line[..<colon]))
    }
}
