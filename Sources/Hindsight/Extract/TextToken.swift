/// A word, a number or one punctuation character of a text, with its position, for the
/// small hand-written scanners that look for dates and times (faster and more forgiving
/// than regular expressions on messy prose).
struct TextToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, number, symbol }

    var kind: Kind
    var text: Substring
    /// True when white space comes right before the token.
    var spaced: Bool

    var number: Int? { kind == .number && text.count <= 9 ? Int(text) : nil }
    var lowercased: String { text.lowercased() }

    static func tokenize(_ text: Substring) -> [TextToken] {
        var tokens: [TextToken] = []
        var index = text.startIndex
        var spaced = true
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                spaced = true
                index = text.index(after: index)
                continue
            }
            let kind: Kind
            var end = text.index(after: index)
            if character.isASCII, character.isNumber {
                kind = .number
                while end < text.endIndex, text[end].isASCII, text[end].isNumber { end = text.index(after: end) }
            } else if character.isLetter {
                kind = .word
                while end < text.endIndex, text[end].isLetter { end = text.index(after: end) }
            } else {
                kind = .symbol
            }
            tokens.append(TextToken(kind: kind, text: text[index..<end], spaced: spaced))
            spaced = false
            index = end
        }
        return tokens
    }
}
