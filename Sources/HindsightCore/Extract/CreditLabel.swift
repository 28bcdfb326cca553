/// The words that introduce who wrote a postmortem, and the text they introduce:
/// "Author: Jane Doe", "Authors: A, B", "Report Prepared by: Jane Doe, Incident Manager",
/// "By the On Call Person: Jany Muong", "Created By: Name <email>", "> By [Name](url)".
struct CreditLabel {
    /// The text after the label.
    var value: String
    /// "Authors:" lists people; "Author:" and "By" name one, maybe with a role after a comma.
    var isPlural: Bool
    /// "By …" without a colon: prose starts the same way ("By addressing these issues, …"),
    /// so what follows must look like a name.
    var needsNameCheck: Bool

    private static let creditVerbs: Set<String> = ["written", "created", "posted", "prepared", "authored", "compiled", "drafted", "report"]

    init?(_ line: String) {
        guard Self.mayHoldCredit(line) else { return nil }
        let text = line.trimmed.drop { ">*_-• ".contains($0) }
        // A label's colon comes within its first 40 characters: a long line is not walked further.
        if let colon = text.prefix(41).firstIndex(of: ":") {
            let words = SectionNames.words(String(text[..<colon]))
            guard Self.isCredit(words) else { return nil }
            value = String(text[text.index(after: colon)...]).trimmed
            isPlural = words.contains("authors") || words.suffix(2) == ["author", "s"]
            needsNameCheck = words.first == "by"
        } else {
            let words = SectionNames.words(String(text.prefix(30)))
            let labelWords = words.first == "by" ? 1 : words.count > 1 && words[1] == "by" && Self.creditVerbs.contains(words[0]) ? 2 : 0
            guard labelWords > 0 else { return nil }
            value = Self.dropping(words: labelWords, from: text)
            isPlural = false
            needsNameCheck = true
        }
    }

    /// True for a label alone, as in a table's first column or the cell of an "Authors" row.
    static func isLabel(_ text: String) -> Bool {
        mayHoldCredit(text) && isCredit(SectionNames.words(text))
    }

    /// False when the text cannot hold a credit label, which names "by" or "author" (see
    /// `isCredit`): most lines hold neither, and a byte search tells so without normalizing
    /// their words. Exact, as no character but the ASCII letters lowercases to these letters.
    private static func mayHoldCredit(_ text: String) -> Bool {
        ASCIIText.contains("by", ignoringCaseIn: text) || ASCIIText.contains("author", ignoringCaseIn: text)
    }

    private static func isCredit(_ words: [String]) -> Bool {
        guard !words.isEmpty, words.count <= 5, !words.contains(where: { $0.allSatisfy(\.isNumber) }) else { return false }
        let edges = [words.first, words.last, words.count > 1 ? words[words.count - 2] : nil]
        if edges.contains("author") || edges.contains("authors") { return true }
        if words.first == "by" { return true }
        return words.count >= 2 && words.last == "by" && creditVerbs.contains(words[words.count - 2])
    }

    /// The text after its first `count` words (and the punctuation around them).
    private static func dropping(words count: Int, from text: Substring) -> String {
        var remaining = count
        var index = text.startIndex
        while index < text.endIndex, remaining > 0 {
            while index < text.endIndex, !text[index].isWordCharacter { index = text.index(after: index) }
            while index < text.endIndex, text[index].isWordCharacter { index = text.index(after: index) }
            remaining -= 1
        }
        return String(text[index...]).trimmed
    }
}
