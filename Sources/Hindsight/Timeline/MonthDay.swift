/// A day written without its year in a timeline's time column: `Apr 3`, `January 10th`,
/// `3 April`, `15th of May`, the first day of `Apr 3–21`. The incident's year completes it;
/// prose dates still need their year (see `DateScanner`), but a timeline row sits inside
/// an incident whose day is known.
struct MonthDay: Sendable, Hashable {
    var month: Int
    var day: Int

    struct Match {
        var monthDay: MonthDay
        /// One past the last token of the match.
        var end: Int
    }

    /// The day in the year of `incidentDay`; nil without one.
    func date(inYearOf incidentDay: CalendarDate?) -> CalendarDate? {
        incidentDay.flatMap { CalendarDate(year: $0.year, month: month, day: day) }
    }

    static func match(at i: Int, in t: [TextToken]) -> Match? {
        monthFirst(at: i, in: t) ?? dayFirst(at: i, in: t)
    }

    /// `Apr 3`, `January 10th`.
    private static func monthFirst(at i: Int, in t: [TextToken]) -> Match? {
        guard i + 1 < t.count, t[i].kind == .word, let month = DateScanner.monthNumber(t[i].text),
              let (day, end) = day(at: i + 1, in: t)
        else { return nil }
        return Match(monthDay: MonthDay(month: month, day: day), end: end)
    }

    /// `3 April`, `15th of May`.
    private static func dayFirst(at i: Int, in t: [TextToken]) -> Match? {
        guard let (day, afterDay) = day(at: i, in: t) else { return nil }
        let monthAt = afterDay < t.count && t[afterDay].lowercased == "of" ? afterDay + 1 : afterDay
        guard monthAt < t.count, t[monthAt].kind == .word, let month = DateScanner.monthNumber(t[monthAt].text)
        else { return nil }
        return Match(monthDay: MonthDay(month: month, day: day), end: monthAt + 1)
    }

    /// A day of the month, with its ordinal suffix if any: `3`, `10th`.
    private static func day(at i: Int, in t: [TextToken]) -> (Int, Int)? {
        guard i < t.count, t[i].text.count <= 2, let day = t[i].number, (1...31).contains(day) else { return nil }
        let hasSuffix = i + 1 < t.count && !t[i + 1].spaced && ["st", "nd", "rd", "th"].contains(t[i + 1].lowercased)
        return (day, hasSuffix ? i + 2 : i + 1)
    }
}
