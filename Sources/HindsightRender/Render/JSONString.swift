extension [UInt8] {
    /// Appends `text` as a JSON string, escaped as `JSONEncoder` escapes it on Linux (with
    /// `.withoutEscapingSlashes`): the quote, the backslash and the control characters, which
    /// have a short form (`\n`) or else `\u00XX` in lowercase hex. Everything else, `/`, DEL,
    /// U+2028 and all non-ASCII text included, is copied as it is.
    mutating func appendJSONString(_ text: String) {
        append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Most strings need no escape: copied in runs between the bytes that do.
            var runStart = 0
            for (offset, byte) in utf8.enumerated() where Self.needsEscape(byte) {
                append(contentsOf: utf8[runStart..<offset])
                appendEscape(byte)
                runStart = offset + 1
            }
            append(contentsOf: utf8[runStart...])
        }
        append(UInt8(ascii: "\""))
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private mutating func appendEscape(_ byte: UInt8) {
        append(UInt8(ascii: "\\"))
        switch byte {
        case 0x08: append(UInt8(ascii: "b"))
        case 0x0C: append(UInt8(ascii: "f"))
        case UInt8(ascii: "\n"): append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): append(UInt8(ascii: "t"))
        case ..<0x20:
            append(contentsOf: "u00".utf8)
            append(Self.hexDigit(byte >> 4))
            append(Self.hexDigit(byte & 0xF))
        default: append(byte)  // the quote or the backslash itself
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
