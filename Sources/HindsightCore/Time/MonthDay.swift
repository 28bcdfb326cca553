/// A day written without its year in a timeline's time column: `Apr 3`, `January 10th`,
/// `3 April`, `15th of May`, the first day of `Apr 3–21`. The incident's year completes it;
/// prose dates still need their year (see `DayGrammar`), but a timeline row sits inside
/// an incident whose day is known.
struct MonthDay: Sendable, Hashable {
    var month: Int
    var day: Int

    /// The day in the year of `incidentDay`; nil without one.
    func date(inYearOf incidentDay: CalendarDate?) -> CalendarDate? {
        incidentDay.flatMap { CalendarDate(year: $0.year, month: month, day: day) }
    }
}
