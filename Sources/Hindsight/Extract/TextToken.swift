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

    /// Splits `text` into tokens. Works on Unicode scalars with an ASCII fast path: it runs
    /// over every line of every document, and grapheme breaking there dominated the profile.
    static func tokenize(_ text: Substring) -> [TextToken] {
        var tokens: [TextToken] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var spaced = true
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isSpace(scalar) {
                spaced = true
                index = scalars.index(after: index)
                continue
            }
            let kind: Kind
            var end = scalars.index(after: index)
            if isDigit(scalar) {
                kind = .number
                while end < scalars.endIndex, isDigit(scalars[end]) { end = scalars.index(after: end) }
            } else if isLetter(scalar) {
                kind = .word
                while end < scalars.endIndex, isLetter(scalars[end]) || isCombining(scalars[end]) {
                    end = scalars.index(after: end)
                }
            } else {
                kind = .symbol
                while end < scalars.endIndex, isCombining(scalars[end]) { end = scalars.index(after: end) }
            }
            tokens.append(TextToken(kind: kind, text: text[index..<end], spaced: spaced))
            spaced = false
            index = end
        }
        return tokens
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 48 && scalar.value <= 57
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value == 32 || (9...13).contains(scalar.value) : scalar.properties.isWhitespace
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return (65...90).contains(scalar.value) || (97...122).contains(scalar.value) }
        return scalar.properties.isAlphabetic
    }

    /// Accents and variation selectors stay with the character they modify.
    private static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCII && (scalar.properties.generalCategory == .nonspacingMark || scalar.properties.isVariationSelector
            || scalar.value == 0x200D)
    }
}
