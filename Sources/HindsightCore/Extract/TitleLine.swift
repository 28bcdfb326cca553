/// A line near the top of a document, read as a possible title: what kind of line it is
/// and its text without Markdown leftovers.
struct TitleLine {
    enum Role: Equatable {
        /// Names the incident: "SERVER OUTAGE INCIDENT REPORT", "Nginx outage on web-01".
        case naming
        /// A course or template label: "0x19. Postmortem".
        case courseLabel
        /// A section name: "Issue Summary", "Root Cause and Resolution".
        case sectionName
        /// A metadata field: "Date: June 22, 2020", "Duration: 2 hours".
        case field
        /// Links, images, rules: nothing a reader reads as text.
        case decoration
        /// A sentence: the body of the document has begun.
        case prose
    }

    let text: String
    let role: Role
    /// The level of a heading; nil for other lines.
    var headingLevel: Int?
    /// The line in the source file.
    var line: Int?

    /// A list, table, code block or quote: the body of the document has begun.
    static let body = TitleLine(text: "", role: .prose)

    private init(text: String, role: Role) {
        self.text = text
        self.role = role
    }

    /// Longer lines are sentences, not titles.
    static let maximumWords = 14
    /// A line that ends on one of these was wrapped in the middle of a sentence.
    private static let unfinishing: Set<String> = ["a", "an", "the", "and", "or", "of", "on", "in", "to", "for", "with", "by", "at", "is", "was"]

    /// - Parameter continues: the paragraph goes on with a line that starts in lower case, as
    ///   prose wrapped by hand does.
    init(_ line: TextLine, headingLevel: Int?, continues: Bool = false) {
        self.headingLevel = headingLevel
        let isHeading = headingLevel != nil
        text = Self.clean(line.trimmed)
        // `![logo]` is an image whose reference was never defined: still decoration.
        let hasWords = text.contains(where: \.isWordCharacter) && !text.hasPrefix("![")
        let endsSentence = continues || Self.endsSentence(line.trimmed)
        // An emphasized sentence is a note to the reader ("_Before running a post-mortem, please
        // see the standards._"), not a title.
        let isEmphasizedSentence = line.isEmphasized && endsSentence && text.split(separator: " ").count > 6
        let role = !hasWords || !isHeading && line.isDecoration ? .decoration
            : Self.role(of: text, standsAlone: isHeading || line.isEmphasized && !isEmphasizedSentence, endsSentence: endsSentence)
        // A dateline under the title ("2022-05-10", "**Tuesday, 14 February 2023**") is the
        // write-up's metadata; a heading that is a date ("# April 22nd, 2022") is the title
        // the author gave.
        let isDateline = role == .naming && !isHeading && DayGrammar.isDateline(text)
        self.role = role == .naming && Self.isTimelineEntry(text) ? .prose : isDateline ? .field : role
    }

    /// "10.05am - Monitoring alert fired", "### 21:00 - Team alerted": a clock time and its
    /// event, so the timeline has begun. A day alone ("2021-06-03: Database Full") may well
    /// head the report.
    private static func isTimelineEntry(_ text: String) -> Bool {
        guard let first = text.utf8.first, (48...57).contains(first) else { return false }
        return TimePrefix.match(text)?.hasClock == true
    }

    private static func endsSentence(_ text: String) -> Bool {
        if text.last == "." || text.last == ";" || text.last == "," { return true }
        let lastWord = text.lastIndex(of: " ").map { text[text.index(after: $0)...] } ?? Substring(text)
        return unfinishing.contains(lastWord.lowercased())
    }

    private static func role(of text: String, standsAlone: Bool, endsSentence: Bool) -> Role {
        // A long line that is neither a heading nor emphasized is a sentence or a field: no
        // course label or section name runs to so many words, and the paragraph under the
        // first heading of every document comes here.
        if !standsAlone, !ASCIIText.hasAtMost(maximumWords, wordsIn: text) { return isField(text) ? .field : .prose }
        if CourseLabel.matches(text) { return .courseLabel }
        if SectionNames.isSectionName(text) { return .sectionName }
        // "*By Priya Natarajan and Tom Baker*", "Report Prepared By: …": who wrote it.
        if AuthorLine.credited(TextLine(text: text)) != nil { return .field }
        if standsAlone { return isDateField(text) ? .field : .naming }
        if isField(text) { return .field }
        let words = text.split(whereSeparator: \.isWhitespace).count
        return words <= maximumWords && !endsSentence ? .naming : .prose
    }

    /// "Label: value", unless the label names the document ("Postmortem: DB outage",
    /// "Incident report: Checkout down", "iPostmortem: …" with a stray letter): a title.
    private static func isField(_ text: String) -> Bool {
        guard let colon = ASCIIText.firstColon(afterAtMost: 4, wordsIn: Substring(text)) else { return false }
        let label = String(text[..<colon])
        return !CourseLabel.matches(label) && !namesTheDocument(label)
    }

    /// "*Posted On: 11th August, 2023*", "## Date: June 22, 2020": a label and a date,
    /// written large, are still metadata.
    private static func isDateField(_ text: String) -> Bool {
        guard let colon = ASCIIText.firstColon(afterAtMost: 4, wordsIn: Substring(text)) else { return false }
        let value = text[text.index(after: colon)...].trimmed
        return ASCIIText.hasAtMost(4, wordsIn: value) && DayGrammar.firstDate(in: value) != nil && isField(text)
    }

    /// A label whose last word is the document's kind; "Duration of outage", "Date of
    /// incident" end with what the field is about, so the incident and the outage do not count.
    private static func namesTheDocument(_ label: String) -> Bool {
        guard let last = SectionNames.words(label).last else { return false }
        return last.hasSuffix("postmortem") || last == "mortem" || last == "report"
    }

    /// Drops what a reader does not read as part of the title: a heading's `#` written without
    /// its space (`###Posmortem`), a "Title:" label, stray emphasis marks and a trailing
    /// colon or full stop.
    static func clean(_ raw: String) -> String {
        // Most lines are one line of ASCII: nothing to join, which the bytes tell.
        let isOneLine = raw.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0A && $0 != 0x0B && $0 != 0x0C && $0 != 0x0D }
        var text = Substring((isOneLine ? raw : raw.split(whereSeparator: \.isNewline).joined(separator: " ")).trimmed)
        text = text.drop { $0 == "#" || $0 == "*" || $0 == "_" || $0 == " " }
        if text.prefix(6).lowercased() == "title:" { text = text.dropFirst(6) }
        while let last = text.last, [":", ".", "*", "_", " "].contains(last) { text = text.dropLast() }
        return text.trimmed
    }
}
