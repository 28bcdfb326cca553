/// Finds calendar dates in prose: "April 20th, 2024", "Jan 3rd 2023", "20 April 2024",
/// "15th of May, 2024", "2024-04-20", "2025-Feb-07", "06/May/2022", "20/04/2024", "9/25/20",
/// "24-10-2024", "03, 14, 2024", and the first day of a range ("September 28-29, 2023",
/// "May 8th to May 9th, 2024").
/// A date without a year is not a date here: the year cannot be guessed.
enum DateScanner {
    struct Match {
        var date: CalendarDate
        /// Index of the first and one past the last token of the match.
        var tokens: Range<Int>
    }

    static func firstDate(in text: some StringProtocol) -> CalendarDate? {
        let tokens = TextToken.tokenize(Substring(text))
        return firstMatch(in: tokens)?.date
    }

    static func firstMatch(in tokens: [TextToken], from start: Int = 0) -> Match? {
        var index = start
        while index < tokens.count {
            if let match = match(at: index, in: tokens) { return match }
            index += 1
        }
        return nil
    }

    static func match(at index: Int, in tokens: [TextToken]) -> Match? {
        numeric(at: index, in: tokens) ?? monthFirst(at: index, in: tokens) ?? dayFirst(at: index, in: tokens)
            ?? commaSeparated(at: index, in: tokens)
    }

    static func monthNumber(_ word: some StringProtocol) -> Int? {
        let name = word.lowercased()
        guard name.count >= 3 else { return nil }
        let months = ["january", "february", "march", "april", "may", "june", "july",
                      "august", "september", "october", "november", "december"]
        if let full = months.firstIndex(of: name) { return full + 1 }
        if name == "sept" { return 9 }
        guard name.count == 3 else { return nil }
        return months.firstIndex { $0.hasPrefix(name) }.map { $0 + 1 }
    }

    // MARK: - Shapes

    /// 2024-04-20, 2024/04/20, 2025-Feb-07, 20/04/2024, 04/20/2024, 9/25/20, 24-10-2024, 20.04.2024
    private static func numeric(at i: Int, in t: [TextToken]) -> Match? {
        guard i + 4 < t.count, t[i].kind == .number,
              t[i + 1].kind == .symbol, ["-", "/", "."].contains(t[i + 1].text), !t[i + 1].spaced,
              t[i + 3].text == t[i + 1].text, !t[i + 2].spaced, !t[i + 3].spaced, !t[i + 4].spaced,
              let first = t[i].number
        else { return nil }
        let range = i..<(i + 5)
        let middle = t[i + 2].number ?? monthNumber(t[i + 2].text)
        guard let middle, let last = t[i + 4].number else { return nil }
        if t[i + 2].kind == .word, t[i].text.count <= 2, t[i + 4].text.count == 4 {
            return CalendarDate(year: last, month: middle, day: first).map { Match(date: $0, tokens: range) }
        }
        if t[i].text.count == 4 {
            return CalendarDate(year: first, month: middle, day: last).map { Match(date: $0, tokens: range) }
        }
        guard t[i + 4].text.count == 4 || t[i + 4].text.count == 2, t[i].text.count <= 2, t[i + 2].text.count <= 2 else { return nil }
        let year = t[i + 4].text.count == 2 ? 2000 + last : last
        // Day first unless that is impossible: 20/04/2024 and 04/20/2024 both read right.
        let date = first > 12 || t[i + 1].text == "." ? CalendarDate(year: year, month: middle, day: first)
            : middle > 12 ? CalendarDate(year: year, month: first, day: middle)
            : t[i + 1].text == "/" ? CalendarDate(year: year, month: first, day: middle)
            : CalendarDate(year: year, month: middle, day: first)
        return date.map { Match(date: $0, tokens: range) }
    }

    /// April 20th, 2024 · Jan 3rd 2023 · Sept. 5, 2021
    private static func monthFirst(at i: Int, in t: [TextToken]) -> Match? {
        guard t[i].kind == .word, let month = monthNumber(t[i].text) else { return nil }
        var j = i + 1
        skip(".", in: t, at: &j)
        guard j < t.count, let day = t[j].number, t[j].text.count <= 2 else { return nil }
        j += 1
        skipOrdinal(in: t, at: &j)
        skip(",", in: t, at: &j)
        if let year = year(in: t, at: j) {
            return CalendarDate(year: year, month: month, day: day).map { Match(date: $0, tokens: i..<(j + 1)) }
        }
        guard let range = rangeEnd(in: t, at: j) else { return nil }
        return CalendarDate(year: range.year, month: month, day: day).map { Match(date: $0, tokens: i..<range.end) }
    }

    /// "-29, 2023" or "to September 29th, 2023" after a day without a year: the year
    /// written once at the end of a range is the first day's too.
    private static func rangeEnd(in t: [TextToken], at start: Int) -> (year: Int, end: Int)? {
        var j = start
        guard j < t.count, ["-", "–", "—", "to", "through", "until"].contains(t[j].lowercased) else { return nil }
        j += 1
        if j < t.count, t[j].kind == .word, monthNumber(t[j].text) != nil { j += 1 }
        guard j < t.count, t[j].number != nil, t[j].text.count <= 2 else { return nil }
        j += 1
        skipOrdinal(in: t, at: &j)
        skip(",", in: t, at: &j)
        return year(in: t, at: j).map { ($0, j + 1) }
    }

    /// 03, 14, 2024: month, day and year as two, two and four digits set apart by commas.
    private static func commaSeparated(at i: Int, in t: [TextToken]) -> Match? {
        guard i + 4 < t.count, t[i].kind == .number, t[i].text.count == 2, t[i + 2].text.count == 2,
              t[i + 1].text == ",", t[i + 3].text == ",", let month = t[i].number, let day = t[i + 2].number,
              let year = year(in: t, at: i + 4)
        else { return nil }
        return CalendarDate(year: year, month: month, day: day).map { Match(date: $0, tokens: i..<(i + 5)) }
    }

    /// 20 April 2024 · 15th of May, 2024 · 2nd May 2020
    private static func dayFirst(at i: Int, in t: [TextToken]) -> Match? {
        guard let day = t[i].number, t[i].text.count <= 2 else { return nil }
        var j = i + 1
        skipOrdinal(in: t, at: &j)
        if j < t.count, t[j].lowercased == "of" { j += 1 }
        guard j < t.count, t[j].kind == .word, let month = monthNumber(t[j].text) else { return nil }
        j += 1
        skip(".", in: t, at: &j)
        skip(",", in: t, at: &j)
        guard let year = year(in: t, at: j) else { return nil }
        return CalendarDate(year: year, month: month, day: day).map { Match(date: $0, tokens: i..<(j + 1)) }
    }

    private static func year(in t: [TextToken], at j: Int) -> Int? {
        guard j < t.count, t[j].text.count == 4, let year = t[j].number else { return nil }
        // "2024" followed by ":" and digits is a time like 2024:10, not a year.
        return year
    }

    private static func skipOrdinal(in t: [TextToken], at j: inout Int) {
        if j < t.count, !t[j].spaced, ["st", "nd", "rd", "th"].contains(t[j].lowercased) { j += 1 }
    }

    private static func skip(_ symbol: String, in t: [TextToken], at j: inout Int) {
        if j < t.count, t[j].text == symbol { j += 1 }
    }
}
