import Mustache

/// Escapes values for the inside of JSON string literals, for theme templates that start
/// with `{{% CONTENT_TYPE: JSON}}` (the JSON Feed), so that the feed's shape stays in the
/// theme like every other output while no value can break out of its string.
struct JSONStringContentType: MustacheContentType {
    static let name = "JSON"

    /// Registers the type once; the template parser looks the name up, so this runs before
    /// any theme is parsed.
    static let registered: Void = MustacheContentTypes.register(JSONStringContentType(), named: name)

    func escapeText(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case _ where scalar.value < 0x20 || scalar == "\u{2028}" || scalar == "\u{2029}":
                escaped += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
