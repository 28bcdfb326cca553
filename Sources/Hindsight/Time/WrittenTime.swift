/// A time as written (a timeline entry's, a stated window's, a front-matter moment's), before it is placed on the calendar: any of a date,
/// a clock time and a zone. `10:35 PM`, `2024-04-20 12:03`, `Feb 05, 2021`, `14:51 PST`.
struct WrittenTime: Sendable, Hashable {
    var date: CalendarDate?
    /// A day written without its year (`Apr 3`), when no full date is.
    var monthDay: MonthDay?
    var clock: ClockTime?
    var zone: ZoneMention?
    /// For an all-numeric date whose day and month could swap (`01/10/2024`), the other reading.
    var otherOrder: CalendarDate?
    /// Days after the day the time is read on: 1 for `next day 02:00`.
    var dayOffset = 0
    /// The end of a range (`14:00 - 15:30`, `September 28-29, 2023`): its clock and its day.
    var endClock: ClockTime?
    var endDate: CalendarDate?
    var endMonthDay: MonthDay?

    var isEmpty: Bool { date == nil && monthDay == nil && clock == nil }

    /// The time with a day written without its year placed in the incident's year, and a
    /// time written without a day on `heading`, the day of the day line above it.
    func completing(year incidentDay: CalendarDate?, day heading: CalendarDate?) -> WrittenTime {
        var completed = self
        if date == nil { completed.date = monthDay?.date(inYearOf: incidentDay ?? heading) ?? heading }
        return completed
    }
}
