/// Where a timeline time sits among tokens: an optional day, a clock and what qualifies
/// them — `2024-04-20 12:03`, `Saturday 14th May 1200 hours (East Africa Time)`,
/// `24-10-2024 - 08:15`, `4:16 p.m. ET on June 15, 2020` — or a day alone (`9/25/20`,
/// `September 28th (Afternoon)`). Only the extent is found: the text stays as written.
struct TimelineTimePhrase {
    /// The phrase's tokens.
    var tokens: Range<Int>
    /// False for a day without a time of day.
    var hasClock: Bool

    /// The phrase that starts exactly at `start`. `strict` is for times inside prose, where
    /// `2.50` is an amount rather than a time.
    static func match(at start: Int, in t: [TextToken], strict: Bool) -> TimelineTimePhrase? {
        let fullDay = TimelineDay.day(at: start, in: t, allowWeekdayAlone: false)
        let dayEnd = fullDay ?? TimelineDay.day(at: start, in: t, allowWeekdayAlone: true)
        let clockStart = dayEnd.map { separatorSkipped(from: $0, in: t) } ?? start
        if let clockEnd = TimelineClock.clock(at: clockStart, in: t, strict: strict) {
            let end = TimelineClock.qualifiers(at: clockEnd, in: t)
            let withDay = dayEnd == nil ? trailingDay(after: end, in: t) ?? end : end
            return TimelineTimePhrase(tokens: start..<withDay, hasClock: true)
        }
        guard let fullDay else { return nil }
        let end = TimelineClock.parenthesisedQualifier(at: fullDay, in: t) ?? fullDay
        return TimelineTimePhrase(tokens: start..<end, hasClock: false)
    }

    /// The first phrase with a clock anywhere in `t`, for times written inside a sentence.
    static func firstClockTime(in t: [TextToken]) -> TimelineTimePhrase? {
        for start in t.indices {
            if let phrase = match(at: start, in: t, strict: true), phrase.hasClock { return phrase }
        }
        return nil
    }

    /// The text between a day and its clock: `, `, ` - `, ` @ `, ` at `.
    private static func separatorSkipped(from i: Int, in t: [TextToken]) -> Int {
        var j = i
        while j < t.count, j < i + 2, [",", "-", "–", "@", "at"].contains(t[j].lowercased) { j += 1 }
        return j
    }

    /// A day written after the clock: `on June 15, 2020`, `, June 16`.
    private static func trailingDay(after i: Int, in t: [TextToken]) -> Int? {
        var j = i
        if j < t.count, [",", "on"].contains(t[j].lowercased) { j += 1 }
        return TimelineDay.day(at: j, in: t, allowWeekdayAlone: false)
    }
}
