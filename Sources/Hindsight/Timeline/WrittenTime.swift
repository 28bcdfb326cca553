/// A timeline entry's time as written, before it is placed on the calendar: any of a date,
/// a clock time and a zone. `10:35 PM`, `2024-04-20 12:03`, `Feb 05, 2021`, `14:51 PST`.
struct WrittenTime: Sendable, Hashable {
    var date: CalendarDate?
    /// A day written without its year (`Apr 3`), when no full date is.
    var monthDay: MonthDay?
    var clock: ClockTime?
    var zone: ZoneMention?

    var isEmpty: Bool { date == nil && monthDay == nil && clock == nil }

    /// The time with a day written without its year placed in the incident's year, and a
    /// time written without a day on `heading`, the day of the day line above it.
    func completing(year incidentDay: CalendarDate?, day heading: CalendarDate?) -> WrittenTime {
        var completed = self
        if date == nil { completed.date = monthDay?.date(inYearOf: incidentDay ?? heading) ?? heading }
        return completed
    }
}
