/// Recognises the time an author put at the start of a timeline entry, such as `10:35 PM`,
/// `11:15AM`, `2024-04-20 12:03`, `14:51 PST`, `[08:33]` or `1506 UTC`, and splits the
/// entry into that raw time and the event text after its separator.
enum TimePrefix {
    struct Match: Equatable {
        var rawTime: String
        var text: String
    }

    static func match(_ entry: String) -> Match? {
        let text = entry.trimmed
        let tokens = TextToken.tokenize(Substring(text))
        var index = 0
        skipOpening(tokens, &index)
        let start = index
        if let date = DateScanner.match(at: index, in: tokens) { index = date.tokens.upperBound }
        skip([",", "@", "-"], tokens, &index)
        let hasDate = index > start
        guard clock(tokens, &index) || hasDate else { return nil }
        meridiemAndZone(tokens, &index)
        guard index > start else { return nil }
        let rawEnd = tokens[index - 1].text.endIndex
        let rawStart = tokens[start].text.startIndex
        var rawTime = String(text[rawStart..<rawEnd])
        if rawTime.hasSuffix(")"), !rawTime.contains("(") { rawTime.removeLast() }
        var rest = text[rawEnd...].drop { $0 == " " || $0 == "]" || $0 == ")" || $0 == "*" || $0 == "_" }
        guard let separator = rest.first else { return Match(rawTime: rawTime.trimmed, text: "") }
        if [":", "-", "–", "—", "|", "=", ">", "→", ".", ","].contains(separator) {
            rest = rest.drop { [":", "-", "–", "—", "|", "=", ">", "→", ".", ",", " ", "*", "_"].contains($0) }
        } else if !hasDate || !separator.isLetter {
            // "10:35 Started" is fine; "2024 was a year" is not a timeline entry.
            guard separator.isLetter || separator.isNumber else { return nil }
        }
        return Match(rawTime: rawTime.trimmed, text: rest.trimmed)
    }

    /// HH:MM, H:MM, HH:MM:SS, 13h22, 10.35, or four digits 1506 / 0930.
    private static func clock(_ t: [TextToken], _ i: inout Int) -> Bool {
        guard i < t.count, let hour = t[i].number, t[i].text.count <= 4 else { return false }
        if t[i].text.count >= 3 {
            guard t[i].text.count == 4, hour / 100 < 24, hour % 100 < 60, i + 1 < t.count,
                  ["utc", "gmt", "z", "hours", "hrs", "am", "pm"].contains(t[i + 1].lowercased) || (t[i + 1].text == ":" && t[i + 1].spaced == false && i + 2 < t.count && t[i + 2].kind != .number)
            else { return false }
            i += 1
            return true
        }
        guard hour < 24, i + 2 < t.count, !t[i + 1].spaced, !t[i + 2].spaced,
              [":", ".", "h"].contains(t[i + 1].lowercased), let minute = t[i + 2].number, t[i + 2].text.count == 2, minute < 60
        else {
            // "10 AM", "9pm"
            if hour <= 12, hour > 0, i + 1 < t.count, ["am", "pm", "a", "p"].contains(t[i + 1].lowercased) {
                i += 1
                return true
            }
            return false
        }
        i += 3
        if i + 1 < t.count, t[i].text == ":", !t[i].spaced, !t[i + 1].spaced, t[i + 1].number != nil, t[i + 1].text.count == 2 {
            i += 2
        }
        return true
    }

    private static let zones: Set<String> = [
        "utc", "gmt", "z", "pst", "pdt", "est", "edt", "cst", "cdt", "mst", "mdt", "cet", "cest", "eat", "wat",
        "cat", "sast", "ist", "bst", "jst", "aest", "et", "pt", "ct", "eet", "eest", "wib", "hrs", "hours",
    ]

    /// AM/PM (`AM`, `a.m.`, `pm`), a zone (`UTC`, `(GMT+2)`, `PST`) in any order.
    private static func meridiemAndZone(_ t: [TextToken], _ i: inout Int) {
        while i < t.count {
            let word = t[i].lowercased
            if ["am", "pm"].contains(word) || zones.contains(word) {
                i += 1
            } else if ["a", "p"].contains(word), i + 3 < t.count, t[i + 1].text == ".", t[i + 2].lowercased == "m" {
                i += t[i + 3].text == "." ? 4 : 3
            } else if t[i].text == "(", let close = t[i...].firstIndex(where: { $0.text == ")" }), close - i <= 6,
                      t[i + 1..<close].contains(where: { zones.contains($0.lowercased) }) {
                i = close + 1
            } else if ["+", "-"].contains(t[i].text), i > 0, zones.contains(t[i - 1].lowercased), i + 1 < t.count, t[i + 1].number != nil {
                i += 2
            } else {
                return
            }
        }
    }

    private static func skipOpening(_ t: [TextToken], _ i: inout Int) {
        while i < t.count, ["[", "(", "*", "_", "-", "•", "~"].contains(t[i].text) { i += 1 }
    }

    private static func skip(_ symbols: Set<String>, _ t: [TextToken], _ i: inout Int) {
        while i < t.count, symbols.contains(String(t[i].text)) { i += 1 }
    }
}
