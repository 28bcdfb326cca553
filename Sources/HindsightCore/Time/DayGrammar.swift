/// Days as postmortems write them, read from tokens: `April 20th, 2024`, `Jan 3rd 2023`,
/// `20 April 2024`, `15th of May, 2024`, `2024-04-20`, `2025-Feb-07`, `Feb-12-2022`,
/// `06/May/2022`, `20/04/2024`, `9/25/20`, `24-10-2024`, `03, 14, 2024`, with or without a
/// weekday (`Saturday 14th May`, `2025-07-26 Saturday`), and without their year (`Apr 3`,
/// `January 10th`), which the incident's year completes. A range (`September 28-29, 2023`,
/// `May 8th to May 9th, 2024`) reads as its first day, with its last beside it.
///
/// Part of the one grammar of written times (`TimeGrammar`): the timeline, the incident's
/// date and the stated windows all read days here.
enum DayGrammar {
    /// Which of the first two numbers of `01/10/2024` is the month.
    enum NumericOrder: Sendable, Hashable { case monthFirst, dayFirst }

    struct Match {
        /// A full date; nil when the year is not written.
        var date: CalendarDate?
        var monthDay: MonthDay?
        /// For an all-numeric date whose day and month could swap (`01/10/2024`), the other
        /// reading; the document's other dates decide between them.
        var otherOrder: CalendarDate?
        /// For an all-numeric date with the day and month both under 100 (`20/04/2024`), the
        /// order `date` reads them in.
        var order: NumericOrder?
        /// The last day of a range, with its year or without.
        var lastDate: CalendarDate?
        var lastMonthDay: MonthDay?
        var tokens: Range<Int>
        /// True when only a weekday was written (`Saturday`): a day only before a clock.
        var isWeekdayAlone = false
        /// The weekday written, 0 for Sunday to 6 for Saturday.
        var weekday: Int?

        /// The full date, or the day written without its year put in the year of `incidentDay`.
        func day(inYearOf incidentDay: CalendarDate?) -> CalendarDate? {
            date ?? monthDay?.date(inYearOf: incidentDay)
        }
    }

    /// The first full date (with its year) in a text.
    static func firstDate(in text: some StringProtocol) -> CalendarDate? {
        firstMatch(in: TextToken.tokenize(Substring(text)))?.date
    }

    /// The first day in a text, one written without its year (`March 7`) put in the year of
    /// `incidentDay`.
    static func firstDay(in text: some StringProtocol, inYearOf incidentDay: CalendarDate?) -> CalendarDate? {
        let tokens = TextToken.tokenize(Substring(text))
        return tokens.indices.lazy.compactMap { match(at: $0, in: tokens)?.day(inYearOf: incidentDay) }.first
    }

    /// The first full date from `start` on.
    static func firstMatch(in tokens: [TextToken], from start: Int = 0) -> Match? {
        var index = start
        while index < tokens.count {
            if let match = match(at: index, in: tokens), match.date != nil { return match }
            index += 1
        }
        return nil
    }

    /// The day that starts exactly at `i`, weekday included.
    static func match(at i: Int, in t: [TextToken], allowWeekdayAlone: Bool = false) -> Match? {
        guard i < t.count else { return nil }
        var j = i
        let hasWeekday = isWeekday(at: j, in: t)
        if hasWeekday {
            j += 1
            skip(",", in: t, at: &j)
        }
        guard var found = numeric(at: j, in: t) ?? monthFirst(at: j, in: t) ?? dayFirst(at: j, in: t) ?? commaSeparated(at: j, in: t) else {
            return hasWeekday && allowWeekdayAlone ? Match(tokens: i..<(i + 1), isWeekdayAlone: true, weekday: weekday(at: i, in: t)) : nil
        }
        var end = found.tokens.upperBound
        var afterWeekday = end
        skip(",", in: t, at: &afterWeekday)
        if isWeekday(at: afterWeekday, in: t) { end = afterWeekday + 1 }
        found.tokens = i..<end
        return found
    }

    static func monthNumber(_ word: some StringProtocol) -> Int? {
        // Every word of every dated line comes here: let most go before lowercasing them.
        guard let first = word.utf8.first, monthInitials.contains(first | 0x20), (3...9).contains(word.utf8.count) else { return nil }
        let name = word.lowercased()
        if let full = months.firstIndex(of: name) { return full + 1 }
        if name == "sept" { return 9 }
        guard name.count == 3 else { return nil }
        return months.firstIndex { $0.hasPrefix(name) }.map { $0 + 1 }
    }

    /// The first letters of the months, lowercase ASCII.
    private static let monthInitials: [UInt8] = Array("jfmasond".utf8)

    private static let months = ["january", "february", "march", "april", "may", "june", "july",
                                 "august", "september", "october", "november", "december"]

    // MARK: - Shapes

    /// 2024-04-20, 2024/04/20, 2025-Feb-07, Feb-12-2022, 20/04/2024, 04/20/2024, 9/25/20,
    /// 24-10-2024, 20.04.2024. Not a part of a longer identifier: `v1.12.13`, `10.0.0.1`.
    private static func numeric(at i: Int, in t: [TextToken]) -> Match? {
        guard i + 4 < t.count, t[i + 1].kind == .symbol, ["-", "/", "."].contains(t[i + 1].text), !t[i + 1].spaced,
              t[i + 3].text == t[i + 1].text, !t[i + 2].spaced, !t[i + 3].spaced, !t[i + 4].spaced,
              isStandalone(i..<(i + 5), in: t)
        else { return nil }
        let range = i..<(i + 5), separator = t[i + 1].text
        // "release 2023.3.9", "version 2024.01.15": a version, however much it looks like a day.
        if separator == ".", i > 0, versionWords.contains(t[i - 1].lowercased) { return nil }
        if t[i].kind == .word {
            // Feb-12-2022
            guard let month = monthNumber(t[i].text), let day = t[i + 2].number, t[i + 2].digitCount <= 2,
                  let year = fullYear(t[i + 4]) else { return nil }
            return CalendarDate(year: year, month: month, day: day).map { Match(date: $0, tokens: range) }
        }
        guard let first = t[i].number, let last = t[i + 4].number else { return nil }
        if t[i + 2].kind == .word {
            guard let month = monthNumber(t[i + 2].text) else { return nil }
            if t[i].digitCount == 4 { return date(first, month, last, range) }
            guard t[i].digitCount <= 2, let year = fullYear(t[i + 4]) else { return nil }
            return date(year, month, first, range)
        }
        guard let middle = t[i + 2].number, t[i + 2].digitCount <= 2 else { return nil }
        if t[i].digitCount == 4 {
            guard fullYear(t[i]) != nil, t[i + 4].digitCount <= 2 else { return nil }
            return date(first, middle, last, range)
        }
        guard t[i].digitCount <= 2 else { return nil }
        let year: Int
        if let full = fullYear(t[i + 4]) {
            year = full
        } else if t[i + 4].digitCount == 2, separator != "." {
            year = 2000 + last
        } else {
            return nil
        }
        // Month first with slashes (the US habit), day first otherwise, unless impossible.
        let monthFirst = CalendarDate(year: year, month: first, day: middle)
        let dayFirst = CalendarDate(year: year, month: middle, day: first)
        let preferred = separator == "/" ? monthFirst ?? dayFirst : dayFirst ?? monthFirst
        guard let preferred else { return nil }
        let other = [monthFirst, dayFirst].compactMap { $0 }.first { $0 != preferred }
        return Match(date: preferred, otherOrder: other, order: preferred == monthFirst ? .monthFirst : .dayFirst, tokens: range)
    }

    /// April 20th, 2024 · Jan 3rd 2023 · Sept. 5, 2021 · February 24th, 15 · Apr 3 · May 8th to May 9th, 2024
    private static func monthFirst(at i: Int, in t: [TextToken]) -> Match? {
        guard i < t.count, t[i].kind == .word, let month = monthNumber(t[i].text) else { return nil }
        var j = i + 1
        skip(".", in: t, at: &j)
        guard let (day, afterDay) = dayOfMonth(at: j, in: t) else { return nil }
        return completed(month: month, day: day, start: i, after: afterDay, in: t)
    }

    /// 20 April 2024 · 15th of May, 2024 · 2nd May · 27th Febraury (misspelt, after an
    /// ordinal) · 7-13th Nov
    private static func dayFirst(at i: Int, in t: [TextToken]) -> Match? {
        guard let (day, afterDay) = dayOfMonth(at: i, in: t) else { return nil }
        var j = afterDay
        var lastDay: Int?
        if j + 1 < t.count, ["-", "–", "to"].contains(t[j].lowercased), let (last, afterLast) = dayOfMonth(at: j + 1, in: t),
           monthAfterDay(at: afterLast, in: t, afterOrdinal: true) != nil {
            lastDay = last
            j = afterLast
        }
        guard let (month, afterMonth) = monthAfterDay(at: j, in: t, afterOrdinal: j > afterDay || afterDay > i + 1) else { return nil }
        let found = completed(month: month, day: day, start: i, after: afterMonth, in: t)
        if let lastDay, let found = found, found.lastDate == nil, found.lastMonthDay == nil {
            var ranged = found
            ranged.lastMonthDay = MonthDay(month: month, day: lastDay)
            ranged.lastDate = found.date.flatMap { CalendarDate(year: $0.year, month: month, day: lastDay) }
            return ranged
        }
        return found
    }

    /// `April`, `of May.`, after a day of the month; a misspelt month only after an ordinal.
    private static func monthAfterDay(at i: Int, in t: [TextToken], afterOrdinal: Bool) -> (Int, Int)? {
        var j = i
        if j < t.count, t[j].lowercased == "of" { j += 1 }
        guard j < t.count, t[j].kind == .word else { return nil }
        guard let month = monthNumber(t[j].text) ?? (afterOrdinal ? misspeltMonth(t[j].text) : nil) else { return nil }
        j += 1
        skip(".", in: t, at: &j)
        return (month, j)
    }

    /// The year after a month and day, or a range's end that carries it, else a day without a year.
    private static func completed(month: Int, day: Int, start: Int, after j: Int, in t: [TextToken]) -> Match? {
        let written = year(after: j, in: t)
        let range = rangeEnd(month: month, at: written?.1 ?? j, in: t)
        guard let year = written?.0 ?? range?.year else {
            let end = range?.end ?? unreadYear(after: j, in: t) ?? j
            return Match(monthDay: MonthDay(month: month, day: day), lastMonthDay: range?.last, tokens: start..<end)
        }
        guard let first = CalendarDate(year: year, month: month, day: day) else { return nil }
        let last = range.flatMap { CalendarDate(year: $0.year ?? year, month: $0.last.month, day: $0.last.day) }
        return Match(date: first, lastDate: last, lastMonthDay: range?.last, tokens: start..<(range?.end ?? written?.1 ?? j))
    }

    /// The end of a range of days: `-29, 2023`, `to September 29th, 2023`, `to Dec 27th`,
    /// `and 22nd 2020`, `to 23 April`, `/30`, `to Monday August 17, 2015`. A year written
    /// once at the end is the first day's too.
    private static func rangeEnd(month: Int, at start: Int, in t: [TextToken]) -> (last: MonthDay, year: Int?, end: Int)? {
        var j = start
        guard j + 1 < t.count, ["-", "–", "—", "to", "through", "until", "and", "/"].contains(t[j].lowercased) else { return nil }
        if t[j].text == "/", t[j].spaced || t[j + 1].spaced { return nil }
        j += 1
        if isWeekday(at: j, in: t) {
            j += 1
            skip(",", in: t, at: &j)
        }
        var lastMonth = month
        var namesMonth = false
        if j < t.count, t[j].kind == .word, let named = monthNumber(t[j].text) {
            lastMonth = named
            namesMonth = true
            j += 1
            skip(".", in: t, at: &j)
        }
        let dayAt = j
        guard let (day, afterDay) = dayOfMonth(at: dayAt, in: t) else { return nil }
        let hasOrdinal = afterDay > dayAt + 1
        j = afterDay
        if !namesMonth, let (named, afterMonth) = monthAfterDay(at: j, in: t, afterOrdinal: hasOrdinal) {
            lastMonth = named
            namesMonth = true
            j = afterMonth
        }
        let written = year(after: j, in: t)
        // A bare number after a connector is a day only when glued (`28-29`, `29/30`) or
        // when a month, an ordinal or a year says so: `Dec 26 - 3 users` is no range.
        let isGlued = !t[start + 1].spaced && !t[start].spaced
        guard namesMonth || hasOrdinal || written != nil || isGlued else { return nil }
        return (MonthDay(month: lastMonth, day: day), written?.0, written?.1 ?? j)
    }

    /// 03, 14, 2024: month, day and year as two, two and four digits set apart by commas.
    private static func commaSeparated(at i: Int, in t: [TextToken]) -> Match? {
        guard i + 4 < t.count, t[i].kind == .number, t[i].digitCount == 2, t[i + 2].digitCount == 2,
              t[i + 1].text == ",", t[i + 3].text == ",", let month = t[i].number, let day = t[i + 2].number,
              let year = fullYear(t[i + 4])
        else { return nil }
        return date(year, month, day, i..<(i + 5))
    }

    // MARK: - Parts

    /// A day of the month with its ordinal suffix if any (`3`, `10th`), and the index after
    /// it. Not the hour of a clock (`10:30`).
    private static func dayOfMonth(at i: Int, in t: [TextToken]) -> (Int, Int)? {
        guard i < t.count, t[i].digitCount <= 2, let day = t[i].number, (1...31).contains(day) else { return nil }
        if i + 2 < t.count, [":", "."].contains(t[i + 1].text), !t[i + 1].spaced, t[i + 2].number != nil, !t[i + 2].spaced { return nil }
        if i + 1 < t.count, !t[i + 1].spaced, ["st", "nd", "rd", "th"].contains(t[i + 1].lowercased) { return (day, i + 2) }
        if i + 1 < t.count, !t[i + 1].spaced, t[i + 1].kind == .word { return nil }
        return (day, i + 1)
    }

    /// `, 2024`, ` 2024` after a day: a year, unless those digits are a clock (`14th May 1200
    /// hours`, `May 2, 2024 10:00`). Two digits after a month name are never a year: in
    /// `February 24th, 15, 9:21 PM` a reader cannot tell what the 15 is.
    private static func year(after i: Int, in t: [TextToken]) -> (Int, Int)? {
        var j = i
        skip(",", in: t, at: &j)
        guard j < t.count, let year = fullYear(t[j]),
              ClockGrammar.match(at: j, in: t, setting: .timeline) == nil || (j + 1 < t.count && t[j + 1].text == ",")
        else { return nil }
        return (year, j + 1)
    }

    /// The `, 15` of `February 24th, 15, 9:21 PM`: two digits between commas before a clock,
    /// part of the day as written though no reader can tell what they are.
    private static func unreadYear(after i: Int, in t: [TextToken]) -> Int? {
        guard i + 3 < t.count, t[i].text == ",", t[i + 1].kind == .number, t[i + 1].digitCount == 2, t[i + 2].text == ",",
              ClockGrammar.match(at: i + 3, in: t, setting: .prose) != nil
        else { return nil }
        return i + 2
    }

    /// Four digits from 1970 to 2100.
    private static func fullYear(_ token: TextToken) -> Int? {
        guard token.digitCount == 4, let year = token.number, (1970...2100).contains(year) else { return nil }
        return year
    }

    private static func date(_ year: Int, _ month: Int, _ day: Int, _ tokens: Range<Int>) -> Match? {
        CalendarDate(year: year, month: month, day: day).map { Match(date: $0, tokens: tokens) }
    }

    /// Not glued to a word or to more dotted numbers: `v1.12.13`, `1.2.3.4`, `build-2024-04-20x`.
    private static func isStandalone(_ range: Range<Int>, in t: [TextToken]) -> Bool {
        if range.lowerBound > 0, !t[range.lowerBound].spaced {
            let before = t[range.lowerBound - 1]
            if before.kind != .symbol || before.text == "." { return false }
        }
        let after = range.upperBound
        guard after < t.count, !t[after].spaced else { return true }
        if t[after].kind == .number { return false }
        if [".", "-", "/"].contains(t[after].text), after + 1 < t.count, !t[after + 1].spaced, t[after + 1].kind == .number {
            return false
        }
        return true
    }

    private static let versionWords: Set<String> = [
        "release", "releases", "version", "versions", "ver", "build", "v", "tag", "revision", "rev", "patch",
    ]

    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    private static func isWeekday(at i: Int, in t: [TextToken]) -> Bool {
        guard i < t.count, t[i].kind == .word else { return false }
        // Every word of every dated line comes here: let most go before lowercasing them.
        let bytes = t[i].text.utf8
        guard let first = bytes.first, weekdayInitials.contains(first | 0x20), (3...9).contains(bytes.count) else { return false }
        return weekdays.contains(t[i].lowercased)
    }

    /// The first letters of the weekdays, lowercase ASCII.
    private static let weekdayInitials: [UInt8] = Array("mtwfs".utf8)

    /// 0 for Sunday to 6 for Saturday.
    private static func weekday(at i: Int, in t: [TextToken]) -> Int? {
        guard isWeekday(at: i, in: t) else { return nil }
        let prefix = t[i].lowercased.prefix(3)
        return ["sun", "mon", "tue", "wed", "thu", "fri", "sat"].firstIndex { $0 == prefix }
    }

    /// A capitalised word that starts like a month name: "Febraury", "Septmber".
    private static func misspeltMonth(_ word: Substring) -> Int? {
        guard word.count >= 3, word.count <= 10, word.first?.isUppercase == true else { return nil }
        return monthNumber(word.prefix(3))
    }

    private static func skip(_ symbol: String, in t: [TextToken], at j: inout Int) {
        if j < t.count, t[j].text == symbol { j += 1 }
    }
}
