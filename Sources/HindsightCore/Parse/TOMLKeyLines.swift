/// The line on which each top-level key of a TOML text is first defined, counted from 1.
///
/// TOMLKit reads the values but reports no position for them, and diagnostics point at the
/// line of a key (a field of the wrong type, where an extracted value came from). This scan
/// follows TOML's lexical structure (strings, comments, brackets) only as far as it takes to
/// know which lines start with a key or a table header; the values are TOMLKit's to read.
struct TOMLKeyLines {
    private var firstLines: [String: Int] = [:]

    subscript(key: String) -> Int? { firstLines[key] }

    init(_ toml: String) {
        var lexer = Lexer()
        // After the first `[table]` header, `key = value` lines belong to that table.
        var inTableSection = false
        for (offset, line) in toml.utf8.split(separator: .newline, omittingEmptySubsequences: false).enumerated() {
            if lexer.isBetweenValues {
                let content = line.drop(while: \.isBlank)
                var key: String?
                if content.first == .openBracket {
                    inTableSection = true
                    key = Self.leadingKey(content.drop { $0 == .openBracket || $0.isBlank })
                } else if !inTableSection {
                    key = Self.leadingKey(content)
                }
                if let key, firstLines[key] == nil { firstLines[key] = offset + 1 }
            }
            lexer.read(line)
        }
    }

    /// The first key of `a.b = 1`, `"quoted key" = 1` or `[a.b]`'s inside. A quoted key is
    /// taken as written; one with escapes in it is not found and falls back to the block's line.
    private static func leadingKey(_ text: Substring.UTF8View) -> String? {
        guard let first = text.first else { return nil }
        if first == .quote || first == .apostrophe {
            let inside = text.dropFirst()
            guard let close = inside.firstIndex(of: first) else { return nil }
            return String(Substring(inside[..<close]))
        }
        let bare = text.prefix { $0.isBareKeyByte }
        return bare.isEmpty ? nil : String(Substring(bare))
    }

    /// Where a line of TOML leaves off: inside a multi-line string, or inside an array that
    /// goes on to the next line. Single-line strings and comments end with their line.
    private struct Lexer {
        private enum MultilineString { case basic, literal }

        private var openString: MultilineString?
        private var bracketDepth = 0

        /// Whether the next line starts outside any value, where a key or a header can be.
        var isBetweenValues: Bool { openString == nil && bracketDepth == 0 }

        mutating func read(_ line: Substring.UTF8View) {
            var rest = line[...]
            while let byte = rest.first {
                if let open = openString {
                    rest = close(open, in: rest)
                    continue
                }
                switch byte {
                case .hash:
                    return
                case .quote, .apostrophe:
                    let tripled = rest.starts(with: repeatElement(byte, count: 3))
                    if tripled {
                        openString = byte == .quote ? .basic : .literal
                        rest = rest.dropFirst(3)
                    } else {
                        rest = Self.skipString(quotedBy: byte, in: rest.dropFirst())
                    }
                case .openBracket, .openBrace:
                    bracketDepth += 1
                    rest = rest.dropFirst()
                case .closeBracket, .closeBrace:
                    bracketDepth = max(0, bracketDepth - 1)
                    rest = rest.dropFirst()
                default:
                    rest = rest.dropFirst()
                }
            }
        }

        /// What follows the multi-line string's closing quotes on this line, or nothing if it
        /// goes on past it.
        private mutating func close(_ open: MultilineString, in text: Substring.UTF8View) -> Substring.UTF8View {
            let closing: UInt8 = open == .basic ? .quote : .apostrophe
            var rest = text
            while let byte = rest.first {
                if byte == .backslash, open == .basic {
                    rest = rest.dropFirst(2)
                } else if rest.starts(with: repeatElement(closing, count: 3)) {
                    openString = nil
                    // Up to two more quotes can belong to the string (`""""a""""`).
                    return rest.dropFirst(3).drop { $0 == closing }
                } else {
                    rest = rest.dropFirst()
                }
            }
            return rest
        }

        /// What follows a one-line string whose opening quote is already passed.
        private static func skipString(quotedBy quote: UInt8, in text: Substring.UTF8View) -> Substring.UTF8View {
            var rest = text
            while let byte = rest.first {
                rest = rest.dropFirst()
                if byte == quote { return rest }
                if byte == .backslash, quote == .quote { rest = rest.dropFirst() }
            }
            return rest
        }
    }
}

private extension UInt8 {
    static let newline = UInt8(ascii: "\n")
    static let quote = UInt8(ascii: "\"")
    static let apostrophe = UInt8(ascii: "'")
    static let backslash = UInt8(ascii: "\\")
    static let hash = UInt8(ascii: "#")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")

    var isBlank: Bool { self == UInt8(ascii: " ") || self == UInt8(ascii: "\t") }

    /// `A-Z a-z 0-9 _ -`, the bytes of a bare key.
    var isBareKeyByte: Bool {
        switch self {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"): true
        default: false
        }
    }
}
