/// A report signed at its top, as students hand in their work: a first line that is only a
/// person's name ("Keitumetse Molefe"), over the line that names the report ("Post-mortem
/// outage - 0x19. Post-Mortem"). The name is the author, and the title is the line below.
enum Byline {
    static func author(in context: ExtractionContext) -> Candidate<Author>? {
        guard let first = context.blocks.first, case .paragraph = first.kind else { return nil }
        let lines = TextLine.lines(of: first).map(\.trimmed).filter { !$0.isEmpty }
        guard lines.count >= 2, isName(lines[0]), namesAReport(lines[1]),
              let author = PersonName.parse(lines[0], strict: true)
        else { return nil }
        return Candidate(author, Provenance(.firstLine, line: context.line(first), detail: "the name signed at the top"))
    }

    /// Two to four capitalised words of letters, none of them a word of a report's title.
    private static func isName(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        return (2...4).contains(words.count) && words.allSatisfy { $0.allSatisfy(\.isLetter) && $0.first?.isUppercase == true }
            && !SectionNames.words(line).contains { reportWords.contains($0) || SectionNames.isSectionName($0) }
    }

    private static func namesAReport(_ line: String) -> Bool {
        SectionNames.words(line).contains { reportWords.contains($0) || $0.hasSuffix("postmortem") }
    }

    private static let reportWords: Set<String> = ["postmortem", "post", "mortem", "outage", "incident", "report", "failure", "downtime"]
}
