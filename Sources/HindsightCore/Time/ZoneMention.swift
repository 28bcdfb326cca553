/// A time zone named in a document, known or not: unknown names are reported, not guessed.
struct ZoneMention: Sendable, Hashable {
    /// As written, such as `GMT + 2` or `HST`.
    var text: String
    var zone: Zone?

    init(text: String) {
        self.text = text
        zone = ZoneNames.zone(named: text)
    }

    /// Finds a zone at `index`: `UTC`, `GMT + 2`, `UTC-5`, `PST`, `(EAT)`. Abbreviations
    /// must be written in capitals (`cat` and `ist` are words); an unknown capitalised word
    /// of three to five letters ending in T counts only when `allowUnknown` (right after a
    /// clock, or in parentheses), so that it can be reported.
    static func match(at index: Int, in tokens: [TextToken], allowUnknown: Bool) -> (mention: ZoneMention, end: Int)? {
        guard index < tokens.count else { return nil }
        // `(UTC)`, `(East Africa Time — EAT)`: what follows the name inside is its abbreviation.
        if tokens[index].text == "(", let inner = match(at: index + 1, in: tokens, allowUnknown: true) {
            var close = inner.end
            while close < tokens.count, close < inner.end + 3, tokens[close].text != ")",
                  tokens[close].kind == .symbol || tokens[close].text == Substring(tokens[close].text.uppercased()) {
                close += 1
            }
            if close < tokens.count, tokens[close].text == ")" { return (inner.mention, close + 1) }
        }
        let token = tokens[index]
        guard token.kind == .word else { return nil }
        if let named = writtenName(at: index, in: tokens, allowSingleWord: allowUnknown) ?? regionIdentifier(at: index, in: tokens) {
            return named
        }
        let upper = token.text.uppercased()
        let isCapitalised = token.text == Substring(upper)
        if upper == "UTC" || upper == "GMT" {
            let end = offsetEnd(after: index + 1, in: tokens)
            return (ZoneMention(text: written(tokens[index..<end])), end)
        }
        guard isCapitalised, (2...5).contains(token.text.count) else { return nil }
        guard ZoneNames.isAbbreviation(upper) || (allowUnknown && Self.looksLikeAbbreviation(upper)) else { return nil }
        return (ZoneMention(text: upper), index + 1)
    }

    /// An unknown abbreviation that reads like a zone's, as they end in "Time" (`WAT`, `NZDT`,
    /// `AKST`); `17:06 API latency alerts` and `10:00 DNS change` name what failed.
    private static func looksLikeAbbreviation(_ upper: String) -> Bool {
        upper.count >= 3 && upper.hasSuffix("T")
    }

    /// A name written out: `Eastern time`, `East Africa Time`, and where a zone is expected
    /// (`allowSingleWord`) one word: `Pacific`. Capitalised, so "central database" is no zone.
    private static func writtenName(at i: Int, in t: [TextToken], allowSingleWord: Bool) -> (mention: ZoneMention, end: Int)? {
        guard t[i].text.first?.isUppercase == true else { return nil }
        var words: [String] = []
        var end: Int?
        var j = i
        while j < t.count, j < i + ZoneNames.longestWrittenName, t[j].kind == .word {
            words.append(t[j].lowercased)
            j += 1
            if ZoneNames.writtenNames[words.joined(separator: " ")] != nil, words.count > 1 || allowSingleWord { end = j }
        }
        return end.map { (ZoneMention(text: written(t[i..<$0])), $0) }
    }

    /// An IANA name: `Europe/Paris`, `US/Pacific`, `America/New_York`.
    private static func regionIdentifier(at i: Int, in t: [TextToken]) -> (mention: ZoneMention, end: Int)? {
        guard i + 2 < t.count, t[i + 1].text == "/", !t[i + 1].spaced, t[i + 2].kind == .word, !t[i + 2].spaced else { return nil }
        var j = i + 3
        while j + 1 < t.count, ["_", "/"].contains(t[j].text), !t[j].spaced, t[j + 1].kind == .word, !t[j + 1].spaced { j += 2 }
        let mention = ZoneMention(text: written(t[i..<j]))
        return mention.zone == nil ? nil : (mention, j)
    }

    /// One past `+ 2`, `-05:30` or `+0200` after `UTC`/`GMT`, or `index` when none follows.
    private static func offsetEnd(after index: Int, in t: [TextToken]) -> Int {
        guard index + 1 < t.count, ["+", "-", "−"].contains(t[index].text), t[index + 1].number != nil else { return index }
        if index + 3 < t.count, t[index + 2].text == ":", !t[index + 2].spaced, t[index + 3].number != nil {
            return index + 4
        }
        return index + 2
    }

    /// Tokens joined back with their original spacing.
    static func written(_ tokens: ArraySlice<TextToken>) -> String {
        tokens.map { ($0.spaced && $0 != tokens.first ? " " : "") + $0.text }.joined()
    }

    /// The first zone named anywhere in a short text, such as a column header `Time (GMT + 2)`
    /// or a heading `Timeline (all times UTC)`.
    /// - Parameter allowUnknownInParentheses: true for a time column's header, where
    ///   `(HST)` can only be a zone; false for headings, where `(WIP)` is not one.
    static func first(in text: String, allowUnknownInParentheses: Bool) -> ZoneMention? {
        let tokens = TextToken.tokenize(Substring(text))
        for index in tokens.indices {
            let allowUnknown = allowUnknownInParentheses && tokens[index].text == "("
            if let found = match(at: index, in: tokens, allowUnknown: allowUnknown) { return found.mention }
        }
        return nil
    }
}
