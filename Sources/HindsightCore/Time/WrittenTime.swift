/// A time as written (a timeline entry's, a stated window's, a front-matter moment's), before it is placed on the calendar: any of a date,
/// a clock time and a zone. `10:35 PM`, `2024-04-20 12:03`, `Feb 05, 2021`, `14:51 PST`.
struct WrittenTime: Sendable, Hashable {
    var date: CalendarDate?
    /// A day written without its year (`Apr 3`), when no full date is.
    var monthDay: MonthDay?
    var clock: ClockTime?
    var zone: ZoneMention?
    /// For an all-numeric date whose day and month could swap (`01/10/2024`), the other
    /// reading, and the order `date` reads them in.
    var otherOrder: CalendarDate?
    var order: DayGrammar.NumericOrder?
    /// Days after the day the time is read on: 1 for `next day 02:00`.
    var dayOffset = 0
    /// The end of a range (`14:00 - 15:30`, `September 28-29, 2023`): its clock and its day.
    var endClock: ClockTime?
    var endDate: CalendarDate?
    var endMonthDay: MonthDay?

    /// A weekday written without a date (`9:00 AM on Friday`), 0 for Sunday to 6 for Saturday.
    var weekday: Int?
    /// True when `date` sits in a stand-in year: the day was written without its year, and
    /// the document says the year nowhere. Such days still order and measure the timeline.
    var isStandInDate = false

    var isEmpty: Bool { date == nil && monthDay == nil && clock == nil }

    /// A leap year, so that February 29 has a place.
    private static let standInYear = CalendarDate(year: 2000, month: 1, day: 1)

    /// The time with an all-numeric date whose day and month could swap read in the order
    /// the document writes them (`01/10/2024` is October 1 where `13/10/2024` is written too);
    /// as it is when nothing settles the order.
    func reading(in documentOrder: DayGrammar.NumericOrder?) -> WrittenTime {
        guard let documentOrder, let other = otherOrder, let order, order != documentOrder else { return self }
        var read = self
        (read.date, read.otherOrder, read.order) = (other, date, documentOrder)
        return read
    }

    /// The time with a day written without its year placed in the incident's year (a stand-in
    /// one when no year is known), a time written without a day on `heading`, the day of the
    /// day line above it, and a relative day (`next day`, `24:00`) moved on.
    func completing(year incidentDay: CalendarDate?, day heading: CalendarDate?) -> WrittenTime {
        var completed = self
        if date == nil, let monthDay {
            completed.date = monthDay.date(inYearOf: incidentDay ?? heading)
            if completed.date == nil {
                completed.date = monthDay.date(inYearOf: Self.standInYear)
                completed.isStandInDate = true
            }
        }
        if completed.date == nil { completed.date = heading }
        if dayOffset > 0, let day = completed.date {
            completed.date = CalendarDate(daysSince1970: day.daysSince1970 + dayOffset)
            completed.dayOffset = 0
        }
        return completed
    }
}
