/// Recognises the time an author put at the start of a timeline entry, such as `10:35 PM`,
/// `**10:00 AM:**`, `2024-04-20 12:03`, `14:51 PST`, `[08:33]`, `1506 UTC` or a day alone
/// (`9/25/20 -`), and splits the entry into that raw time and the event text after its
/// separator. Bullets, brackets, emphasis, emoji and a stray enumerator before the time
/// (`10.12:30 PM`, read as item 10 at 12:30 PM) are not part of the time.
enum TimePrefix {
    struct Match: Equatable {
        var rawTime: String
        var text: String
        /// False when the entry is dated but not timed (`2019-01-22`, `April 5th, 2023`).
        var hasClock: Bool
    }

    static func match(_ entry: String) -> Match? {
        let tokens = TextToken.tokenize(Substring(entry))
        let start = openingSkipped(tokens)
        // "Between 3 AM and 4 AM on …, users could not log in" is a sentence that starts with
        // its time, not a time before its event: the prose reader takes it whole.
        guard start < tokens.count, !["between", "from"].contains(tokens[start].lowercased) else { return nil }
        guard let phrase = TimeGrammar.phrase(at: start, in: tokens, setting: .timeline) ?? qualifiedTime(at: start, in: tokens)
        else { return nil }
        let rawStart = tokens[start].text.startIndex
        let rawEnd = tokens[phrase.tokens.upperBound - 1].text.endIndex
        return Match(rawTime: String(entry[rawStart..<rawEnd]), text: eventText(entry[rawEnd...]), hasClock: phrase.hasClock)
    }

    /// `Some time before Aug 31 10:27am: All indexes deleted`: a few words that qualify a
    /// time, the time, then the entry's colon. The raw time keeps the words.
    private static func qualifiedTime(at start: Int, in t: [TextToken]) -> TimeGrammar.Phrase? {
        var index = start
        var qualified = false
        while index < t.count, index < start + maximumQualifierWords, t[index].kind == .word {
            qualified = qualified || qualifiers.contains(t[index].lowercased)
            index += 1
            guard qualified, var phrase = TimeGrammar.phrase(at: index, in: t, setting: .timeline), phrase.hasClock,
                  phrase.tokens.upperBound < t.count, t[phrase.tokens.upperBound].text == ":"
            else { continue }
            phrase.tokens = start..<phrase.tokens.upperBound
            return phrase
        }
        return nil
    }

    private static let maximumQualifierWords = 4
    private static let qualifiers: Set<String> = ["before", "after", "around", "about", "approximately", "roughly", "circa", "by", "until"]

    /// The event after the time, without the closing brackets, emphasis and separator
    /// between them (`** - `, `]: `, ` | `).
    static func eventText(_ rest: Substring) -> String {
        var text = rest.drop { $0.isWhitespace || closing.contains($0) }
        if let first = text.first, separators.contains(first) {
            text = text.drop { $0.isWhitespace || separators.contains($0) || closing.contains($0) }
        }
        return text.trimmed
    }

    private static let closing: Set<Character> = ["]", ")", "*", "_", "`"]
    private static let separators: Set<Character> = [":", "-", "–", "—", "|", "=", ">", "→", ".", ",", "~"]

    /// The index of the first token after bullets, brackets, emphasis, emoji, `:emoji_codes:`
    /// and an enumerator glued to the time.
    private static func openingSkipped(_ t: [TextToken]) -> Int {
        var i = 0
        while i < t.count {
            if let next = emojiCodeEnd(at: i, in: t) ?? enumeratorEnd(at: i, in: t) {
                i = next
            } else if t[i].kind == .symbol {
                i += 1
            } else {
                return i
            }
        }
        return i
    }

    /// `:small_orange_diamond:`
    private static func emojiCodeEnd(at i: Int, in t: [TextToken]) -> Int? {
        guard t[i].text == ":" else { return nil }
        var j = i + 1
        while j < t.count, !t[j].spaced, t[j].kind == .word || t[j].text == "_" { j += 1 }
        guard j > i + 1, j < t.count, t[j].text == ":", !t[j].spaced else { return nil }
        return j + 1
    }

    /// `10.` in `10.12:30 PM` or `3) 10:05`: a list number before an hours-and-minutes time.
    private static func enumeratorEnd(at i: Int, in t: [TextToken]) -> Int? {
        guard t[i].number != nil, i + 4 < t.count, [".", ")"].contains(t[i + 1].text),
              t[i + 2].number != nil, t[i + 3].text == ":", !t[i + 3].spaced,
              ClockGrammar.match(at: i + 2, in: t, setting: .prose) != nil
        else { return nil }
        return i + 2
    }
}
