/// Who signs the postmortem at its end: a closing ("Thank you for your trust and support,",
/// "Best regards,") and the name on the next line, or a handle alone as the last line
/// (`@123mame`). Read only in the document's last blocks, where letters are signed.
enum SignOff {
    static let blocksRead = 3

    static func author(in context: ExtractionContext) -> Candidate<Author>? {
        for block in context.blocks.suffix(blocksRead).reversed() where block.kind == .paragraph {
            let lines = TextLine.lines(of: block).map(\.trimmed).filter { !$0.isEmpty }
            guard let last = lines.last else { continue }
            let provenance = Provenance(.text, line: context.line(block), detail: "the sign-off at the end")
            if isHandle(last) { return Candidate(Author(name: last), provenance) }
            if lines.count >= 2, isClosing(lines[lines.count - 2]), let author = PersonName.parse(last, strict: true) {
                return Candidate(author, provenance)
            }
        }
        return nil
    }

    /// `@123mame`: one word, a handle.
    private static func isHandle(_ line: String) -> Bool {
        line.hasPrefix("@") && line.count > 1 && !line.contains(" ") && !line.dropFirst().contains("@")
    }

    /// A short line that ends with a comma and opens with a closing word.
    private static func isClosing(_ line: String) -> Bool {
        guard line.hasSuffix(","), line.split(separator: " ").count <= 8 else { return false }
        let first = line.lowercased().split { !$0.isLetter }.first.map(String.init) ?? ""
        return closingWords.contains(first)
    }

    private static let closingWords: Set<String> = [
        "thanks", "thank", "best", "regards", "kind", "warm", "warmly", "cheers", "sincerely", "yours", "respectfully", "with",
    ]
}
