/// The day part of a timeline time, read from tokens. Unlike `DateScanner`, which needs a
/// year to produce a calendar date, a timeline only keeps the text as written, so a day
/// without a year counts too: `2024-04-20`, `January 10`, `Saturday 14th May`,
/// `February 24th, 15`, `Jan 27th 2025`, `2025-07-26 Saturday`.
enum TimelineDay {
    /// Reads a day at `i` and returns the index one past it. A weekday alone is a day only
    /// when `allowWeekdayAlone` (the caller then insists on a clock after it).
    static func day(at i: Int, in t: [TextToken], allowWeekdayAlone: Bool) -> Int? {
        guard i < t.count else { return nil }
        var j = i
        let hasWeekday = weekday(at: j, in: t)
        if hasWeekday {
            j += 1
            skip(",", in: t, at: &j)
        }
        // Month names first: DateScanner would read "14th May 1200 hours" as the year 1200.
        if let end = monthFirst(at: j, in: t) ?? dayFirst(at: j, in: t) {
            return trailingWeekday(after: end, in: t)
        }
        if j < t.count, let date = DateScanner.match(at: j, in: t) {
            return trailingWeekday(after: date.tokens.upperBound, in: t)
        }
        return hasWeekday && allowWeekdayAlone ? i + 1 : nil
    }

    /// January 10 · Sept. 5th · February 24th, 15 (a two-digit year, as written)
    private static func monthFirst(at i: Int, in t: [TextToken]) -> Int? {
        guard i < t.count, t[i].kind == .word, DateScanner.monthNumber(t[i].text) != nil else { return nil }
        var j = i + 1
        skip(".", in: t, at: &j)
        guard let afterDay = dayNumber(at: j, in: t) else { return nil }
        return year(after: afterDay, in: t) ?? afterDay
    }

    /// 14th May · 2nd of May · 27th Febraury (a misspelt month still reads as one after an ordinal)
    private static func dayFirst(at i: Int, in t: [TextToken]) -> Int? {
        guard let afterDay = dayNumber(at: i, in: t) else { return nil }
        let hasOrdinal = afterDay > i + 1
        var j = afterDay
        if j < t.count, t[j].lowercased == "of" { j += 1 }
        guard j < t.count, t[j].kind == .word,
              DateScanner.monthNumber(t[j].text) != nil || (hasOrdinal && looksLikeMonth(t[j].text))
        else { return nil }
        j += 1
        skip(".", in: t, at: &j)
        return year(after: j, in: t) ?? j
    }

    /// A day of the month with an optional ordinal suffix: `10`, `24th`.
    private static func dayNumber(at i: Int, in t: [TextToken]) -> Int? {
        guard i < t.count, let day = t[i].number, t[i].text.count <= 2, (1...31).contains(day) else { return nil }
        // "10:30" is a clock, not the 10th.
        if TimelineClock.clock(at: i, in: t, strict: false) != nil { return nil }
        if i + 1 < t.count, !t[i + 1].spaced, ["st", "nd", "rd", "th"].contains(t[i + 1].lowercased) { return i + 2 }
        return i + 1
    }

    /// `, 2024`, ` 2024`, `, 15` — a year after the day, unless those digits start a clock.
    private static func year(after i: Int, in t: [TextToken]) -> Int? {
        var j = i
        skip(",", in: t, at: &j)
        guard j < t.count, t[j].number != nil, [2, 4].contains(t[j].text.count),
              TimelineClock.clock(at: j, in: t, strict: false) == nil
        else { return nil }
        if t[j].text.count == 2, !(j + 1 < t.count && t[j + 1].text == ",") { return nil }
        return j + 1
    }

    private static func trailingWeekday(after i: Int, in t: [TextToken]) -> Int {
        var j = i
        skip(",", in: t, at: &j)
        return weekday(at: j, in: t) ? j + 1 : i
    }

    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    private static func weekday(at i: Int, in t: [TextToken]) -> Bool {
        i < t.count && t[i].kind == .word && weekdays.contains(t[i].lowercased)
    }

    /// A capitalised word that starts like a month name: "Febraury", "Septmber".
    private static func looksLikeMonth(_ word: Substring) -> Bool {
        guard word.count >= 3, word.count <= 10, word.first?.isUppercase == true else { return false }
        return DateScanner.monthNumber(word.prefix(3)) != nil
    }

    private static func skip(_ symbol: String, in t: [TextToken], at j: inout Int) {
        if j < t.count, t[j].text == symbol { j += 1 }
    }
}
