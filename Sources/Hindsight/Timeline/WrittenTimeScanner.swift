/// Reads a timeline entry's time as written: the first date (with or without its year) and
/// the first clock time in it, in either order, and the zone right after the clock. A range
/// (`10:35 - 10:50`, `Apr 3–21`) counts from its start; anything after, such as `(block
/// 24154245)`, is ignored.
enum WrittenTimeScanner {
    static func scan(_ text: String) -> WrittenTime {
        let tokens = TextToken.tokenize(Substring(text))
        var written = WrittenTime()
        var index = 0
        var dateEnd = -1
        while index < tokens.count, written.clock == nil || written.date == nil {
            if written.date == nil, let date = DateScanner.match(at: index, in: tokens) {
                written.date = date.date
                index = date.tokens.upperBound
                dateEnd = index
            } else if written.date == nil, written.monthDay == nil, written.clock == nil,
                      let monthDay = MonthDay.match(at: index, in: tokens) {
                written.monthDay = monthDay.monthDay
                index = monthDay.end
                dateEnd = index
            } else if written.clock == nil,
                      let clock = ClockScanner.match(at: index, in: tokens, allowFourDigits: index == dateEnd || index == dateEnd + 1) {
                written.clock = clock.clock
                let zone = isoOffset(at: clock.end, in: tokens, clockAt: index)
                    ?? ZoneMention.match(at: clock.end, in: tokens, allowUnknown: true)
                written.zone = zone?.mention
                index = zone?.end ?? clock.end
            } else {
                index += 1
            }
        }
        return written
    }

    /// `Z` or `+02:00` right after the time of an ISO 8601 date-time (`2024-04-20T12:03Z`).
    /// Only there: elsewhere `10:35-10:50` is a range, not a zone.
    private static func isoOffset(at i: Int, in t: [TextToken], clockAt start: Int) -> (mention: ZoneMention, end: Int)? {
        guard start > 0, t[start - 1].text == "T", !t[start].spaced, i < t.count, !t[i].spaced else { return nil }
        if t[i].text == "Z" { return (ZoneMention(text: "UTC"), i + 1) }
        guard ["+", "-"].contains(t[i].text), i + 1 < t.count, t[i + 1].number != nil else { return nil }
        let end = i + 3 < t.count && t[i + 2].text == ":" && t[i + 3].number != nil ? i + 4 : i + 2
        return (ZoneMention(text: ZoneMention.written(t[i..<end])), end)
    }
}
