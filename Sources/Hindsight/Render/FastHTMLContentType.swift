import Mustache

/// The same HTML escaping as swift-mustache's default (`&`, `<`, `>`, `"`, `'`), done on
/// UTF-8 bytes. swift-mustache's escaper looks every Character up in a dictionary, which
/// made escaping a tenth of a build; the default theme's templates select this one with
/// `{{% CONTENT_TYPE: FAST_HTML}}` (a pragma holds for one template file: swift-mustache
/// resets partials to its own escaper, so a user's template without it stays correct).
///
/// Working on bytes also escapes a special character that a combining mark follows
/// ("<\u{301}"), which the Character-wise escaper leaves as it is.
struct FastHTMLContentType: MustacheContentType {
    static let name = "FAST_HTML"

    /// Registers the type once; the template parser looks the name up, so this runs before
    /// any theme is parsed.
    static let registered: Void = MustacheContentTypes.register(FastHTMLContentType(), named: name)

    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: Self.isSpecial) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): escaped += "&amp;".utf8
            case UInt8(ascii: "<"): escaped += "&lt;".utf8
            case UInt8(ascii: ">"): escaped += "&gt;".utf8
            case UInt8(ascii: "\""): escaped += "&quot;".utf8
            case UInt8(ascii: "'"): escaped += "&#39;".utf8
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
