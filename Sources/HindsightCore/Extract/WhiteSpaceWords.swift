/// Any text split at white space, read on its UTF-8 bytes: the words `split(whereSeparator:
/// \.isWhitespace)` gives, without breaking the text into grapheme clusters or looking up a
/// Unicode property per character, which made search text the largest single cost of
/// analysing a document that holds one curly quote. White space is ASCII's and the other
/// characters with Unicode's White_Space property (no-break space, the typographic spaces,
/// line and paragraph separators, the ideographic space).
enum WhiteSpaceWords {
    static func words(of text: String) -> [Substring] {
        var text = text
        text.makeContiguousUTF8()
        let parts: [Range<Int>] = text.utf8.withContiguousStorageIfAvailable { bytes in
            var parts: [Range<Int>] = []
            var partStart: Int?
            var offset = 0
            while offset < bytes.count {
                let separator = whiteSpaceLength(at: offset, in: bytes)
                if separator > 0 {
                    if let start = partStart { parts.append(start..<offset) }
                    partStart = nil
                    offset += separator
                } else {
                    if partStart == nil { partStart = offset }
                    offset += 1
                }
            }
            if let start = partStart { parts.append(start..<bytes.count) }
            return parts
        } ?? []
        let utf8 = text.utf8
        return parts.map { text[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)] }
    }

    /// The length in bytes of the white-space character at `offset`, or 0 when there is none.
    /// A continuation byte is never white space, so a word never starts inside a character.
    private static func whiteSpaceLength(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let byte = bytes[offset]
        if byte < 0x80 { return ASCIIText.isWhitespace(byte) ? 1 : 0 }
        func next(_ distance: Int) -> UInt8? { offset + distance < bytes.count ? bytes[offset + distance] : nil }
        switch (byte, next(1), next(2)) {
        case (0xC2, 0x85, _), (0xC2, 0xA0, _): return 2                        // U+0085, U+00A0
        case (0xE1, 0x9A, 0x80): return 3                                         // U+1680
        case (0xE2, 0x80, let third?) where (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF:
            return 3                                                              // U+2000–200A, U+2028, U+2029, U+202F
        case (0xE2, 0x81, 0x9F), (0xE3, 0x80, 0x80): return 3                     // U+205F, U+3000
        default: return 0
        }
    }
}
