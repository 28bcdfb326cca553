/// A word, a number or one punctuation character of a text, with its position, for the
/// small hand-written scanners that look for dates and times (faster and more forgiving
/// than regular expressions on messy prose).
struct TextToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, number, symbol }

    var kind: Kind
    var text: Substring
    /// True when white space comes right before the token.
    var spaced: Bool

    var number: Int? { kind == .number && digitCount <= 9 ? Int(text) : nil }
    /// How many digits a number token has, 0 for any other token. Digits are ASCII, so their
    /// bytes count them, without the grapheme walk of `text.count`.
    var digitCount: Int { kind == .number ? text.utf8.count : 0 }
    /// The token in lower case. Tokens are short and nearly always ASCII, and scanners ask
    /// for every word's: its bytes are folded straight into the new string, which up to 15
    /// bytes is held inline, with no copy of the token made first.
    var lowercased: String {
        let folded = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for index in bytes.indices { buffer[index] = ASCIIText.lowercased(bytes[index]) }
                return bytes.count
            }
        }
        // Nil when the bytes are not contiguous, or not all ASCII.
        guard let folded, let folded else { return text.lowercased() }
        return folded
    }

    /// Splits `text` into tokens. Works on Unicode scalars, ASCII ones read straight from the
    /// UTF-8 bytes: it runs over every line of every document, and grapheme breaking, then
    /// scalar decoding, dominated the profile.
    static func tokenize(_ text: Substring) -> [TextToken] {
        var tokens: [TextToken] = []
        var index = text.startIndex
        var spaced = true
        while index < text.endIndex {
            let (scalar, afterScalar) = scalar(at: index, in: text)
            if isSpace(scalar) {
                spaced = true
                index = afterScalar
                continue
            }
            let kind: Kind
            let end: String.Index
            if isDigit(scalar) {
                kind = .number
                end = skipping(from: afterScalar, in: text, while: isDigit)
            } else if isLetter(scalar) {
                kind = .word
                end = skipping(from: afterScalar, in: text) { isLetter($0) || isCombining($0) }
            } else {
                kind = .symbol
                end = skipping(from: afterScalar, in: text, while: isCombining)
            }
            tokens.append(TextToken(kind: kind, text: text[index..<end], spaced: spaced))
            spaced = false
            index = end
        }
        return tokens
    }

    /// The scalar at `index` and the index after it.
    private static func scalar(at index: String.Index, in text: Substring) -> (Unicode.Scalar, String.Index) {
        let byte = text.utf8[index]
        guard byte >= 0x80 else { return (Unicode.Scalar(byte), text.utf8.index(after: index)) }
        return (text.unicodeScalars[index], text.unicodeScalars.index(after: index))
    }

    /// The index of the first scalar from `start` on that is not `wanted`.
    private static func skipping(from start: String.Index, in text: Substring,
                                 while wanted: (Unicode.Scalar) -> Bool) -> String.Index {
        var index = start
        while index < text.endIndex {
            let (scalar, next) = scalar(at: index, in: text)
            guard wanted(scalar) else { break }
            index = next
        }
        return index
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
