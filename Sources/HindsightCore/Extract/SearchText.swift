/// What full-text search keeps of a document's body, made while the document is parsed so
/// that listings never need the body's HTML: the plain text, white space collapsed, up to
/// `excerptLimit` characters (where result snippets come from), then only the distinct words
/// of the rest, so that a long document still matches every word it holds while the search
/// index stays small. Only the first `readLimit` characters are read: past that a document
/// is a dump (logs, data), and reading all of a 50 MB one would stall the build.
public struct SearchText: Sendable, Hashable, Codable {
    static let excerptLimit = 6_000
    static let readLimit = 200_000

    public var excerpt = ""
    /// Lowercased, each once, in order of first appearance after the excerpt.
    public var laterWords: [String] = []

    public init() {}

    init(body: MarkdownNode) {
        self.init(plainText: Self.plainText(of: body))
    }

    init(plainText: String) {
        let asciiWords = ASCIIText.words(of: plainText)
        let words = asciiWords ?? WhiteSpaceWords.words(of: plainText)
        // In ASCII text a character is a byte, and bytes are counted without walking the word.
        let characterCount: (Substring) -> Int = asciiWords != nil ? { $0.utf8.count } : { $0.count }
        var length = 0
        var kept = words.prefix { word in
            length += characterCount(word) + 1
            return length <= Self.excerptLimit + 1
        }
        if kept.isEmpty, let first = words.first { kept = [Substring(first.prefix(Self.excerptLimit))] }
        excerpt = kept.joinedBySpaces
        var seen: Set<String> = []
        laterWords = words.dropFirst(kept.count).flatMap(Self.searchWords).filter { seen.insert($0).inserted }
    }

    /// Every leaf's text followed by a space: blocks, list items and table cells would
    /// otherwise run together ("Summary" + "On Monday" → "SummaryOn Monday").
    private static func plainText(of node: MarkdownNode) -> String {
        var text = ""
        for leaf in node.descendants where leaf.kind.isLeaf {
            switch leaf.kind {
            case .htmlInline, .htmlBlock, .footnoteReference, .thematicBreak: continue
            default: text += leaf.literal + " "
            }
            if text.utf8.count >= readLimit { break }
        }
        return text
    }

    /// The words search matches on: lowercased runs of letters and digits.
    private static func searchWords(_ token: Substring) -> [String] {
        ASCIIText.lowercasedAlphanumericRuns(of: token)
            ?? token.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
