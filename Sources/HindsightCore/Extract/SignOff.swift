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
            // The closing on the line above, or alone in the paragraph above ("Thanks," then a blank line).
            let closing = lines.count >= 2 ? lines[lines.count - 2]
                : index > 0 && last[index - 1].kind == .paragraph ? Self.lines(of: last[index - 1]).last : nil
            if let closing, isClosing(closing), let author = PersonName.parse(name, strict: true) {
                return Candidate(author, provenance)
            }
        }
        return nil
    }

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
