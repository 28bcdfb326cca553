/// Who signs the postmortem at its end: a closing ("Thank you for your trust and support,",
/// "Best regards,") and the name on the next line, or a handle alone as the last line
/// (`@123mame`). Read only in the document's last blocks, where letters are signed.
enum SignOff {
    static let blocksRead = 3

    static func author(in context: ExtractionContext) -> Candidate<Author>? {
        let last = Array(context.blocks.suffix(blocksRead))
        for index in last.indices.reversed() where last[index].kind == .paragraph {
            let lines = Self.lines(of: last[index])
            guard let name = lines.last else { continue }
            let provenance = Provenance(.text, line: context.line(last[index]), detail: "the sign-off at the end")
            if isHandle(name) { return Candidate(Author(name: name), provenance) }
            if let signed = signedName(in: lines, closedAbove: index > 0 && last[index - 1].kind == .paragraph
                    && Self.lines(of: last[index - 1]).last.map(isClosing) == true),
               let author = PersonName.parse(signed, strict: true) {
                return Candidate(author, provenance)
            }
        }
        return nil
    }

    /// The line under the closing, in the same paragraph or first in the next ("Thanks," then
    /// a blank line), with at most `roleLines` lines of role or team under it ("Site
    /// Reliability Engineer") and its own role after a comma cut off ("Mei Chen, SRE team").
    private static func signedName(in lines: [String], closedAbove: Bool) -> String? {
        let nameIndex: Int
        if let closing = lines.indices.last(where: { isClosing(lines[$0]) }) {
            nameIndex = closing + 1
        } else if closedAbove {
            nameIndex = 0
        } else {
            return nil
        }
        guard nameIndex < lines.count, lines.count - nameIndex - 1 <= roleLines else { return nil }
        let line = lines[nameIndex]
        let cut = [", ", " - ", " – ", " | "].compactMap { line.firstRange(of: $0)?.lowerBound }.min()
        return cut.map { String(line[..<$0]) } ?? line
    }

    private static let roleLines = 2

    private static func lines(of paragraph: MarkdownNode) -> [String] {
        TextLine.lines(of: paragraph).map(\.trimmed).filter { !$0.isEmpty }
    }

    /// `@123mame`: one word, a handle.
    private static func isHandle(_ line: String) -> Bool {
        line.hasPrefix("@") && line.count > 1 && !line.contains(" ") && !line.dropFirst().contains("@")
    }

    /// A short line that ends with a comma and opens with a closing word.
    static func isClosing(_ line: String) -> Bool {
        guard line.hasSuffix(","), line.split(separator: " ").count <= 8 else { return false }
        let first = line.lowercased().split { !$0.isLetter }.first.map(String.init) ?? ""
        return closingWords.contains(first)
    }

    private static let closingWords: Set<String> = [
        "thanks", "thank", "best", "regards", "kind", "warm", "warmly", "cheers", "sincerely", "yours", "respectfully", "with",
    ]
}
