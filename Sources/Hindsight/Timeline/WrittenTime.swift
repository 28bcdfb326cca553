/// A timeline entry's time as written, before it is placed on the calendar: any of a date,
/// a clock time and a zone. `10:35 PM`, `2024-04-20 12:03`, `Feb 05, 2021`, `14:51 PST`.
struct WrittenTime: Sendable, Hashable {
    var date: CalendarDate?
    var clock: ClockTime?
    var zone: ZoneMention?

    var isEmpty: Bool { date == nil && clock == nil }
}
