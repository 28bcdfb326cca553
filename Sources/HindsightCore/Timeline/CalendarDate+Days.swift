extension CalendarDate {
    /// Days since 1970-01-01 (proleptic Gregorian), by Howard Hinnant's `days_from_civil`:
    /// exact, and independent of Foundation's calendars and the machine's locale.
    package var daysSince1970: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `days` after 1970-01-01 (`civil_from_days`); nil outside 1970...2100.
    package init?(daysSince1970 days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    package func adding(days: Int) -> CalendarDate? { CalendarDate(daysSince1970: daysSince1970 + days) }

    /// The weekday of the day `days` after 1970-01-01 (a Thursday): 0 for Sunday to 6 for Saturday.
    package static func weekday(ofDay days: Int) -> Int { ((days + 4) % 7 + 7) % 7 }
}
