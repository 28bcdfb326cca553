import TOMLKit

// TOML's dates and times written out in RFC 3339, TOML's own notation with `T` between date
// and time: the text of a YAML timestamp, which the date and time grammars already read.

extension TOMLDate {
    /// `2023-02-08`
    var rfc3339: String { "\(NumberText.pad(year, width: 4))-\(NumberText.pad(month))-\(NumberText.pad(day))" }
}

extension TOMLTime {
    /// `07:32:00`, or `07:32:00.5` with the fraction of a second when there is one.
    var rfc3339: String {
        let clock = "\(NumberText.pad(hour)):\(NumberText.pad(minute)):\(NumberText.pad(second))"
        guard nanoSecond > 0 else { return clock }
        let fraction = NumberText.pad(nanoSecond, width: 9).reversed().drop { $0 == "0" }.reversed()
        return clock + "." + String(fraction)
    }
}

extension TOMLTimeOffset {
    /// `Z` for UTC, else `+05:30` or `-07:00`.
    var rfc3339: String {
        guard offset != 0 else { return "Z" }
        let minutes = abs(offset)
        return (offset < 0 ? "-" : "+") + "\(NumberText.pad(minutes / 60)):\(NumberText.pad(minutes % 60))"
    }
}

extension TOMLDateTime {
    /// `1979-05-27T07:32:00-07:00`; a local date-time has no offset.
    var rfc3339: String { date.rfc3339 + "T" + time.rfc3339 + (offset?.rfc3339 ?? "") }
}
