/// A range of times in prose, `10:00 AM to 1:30 PM`, `08:00–11:30 AM`, `13:00:00 and
/// 17:35:08`, `May 8th 2024, 10 AM - May 9th 2024 12 PM`: its length in minutes. An end
/// earlier than the start on the same day is on the next day; a start without AM or PM
/// takes the end's (`08:00–11:30 AM`).
enum TimeRangePhrase {
    static func minutes(at i: Int, in t: [TextToken]) -> Int? {
        guard let phrase = TimeGrammar.phrase(at: i, in: t, setting: .prose), let endClock = phrase.time.endClock else { return nil }
        let end = WrittenTime(date: phrase.time.endDate ?? phrase.time.date, clock: endClock)
        return length(from: phrase.time, to: end)
    }

    /// The minutes from one written time to a later one; nil without both clocks, or when
    /// the end does not come after the start.
    static func length(from start: WrittenTime, to end: WrittenTime) -> Int? {
        guard var startClock = start.clock, let endClock = end.clock else { return nil }
        if startClock.meridiem == nil, let meridiem = endClock.meridiem, (1...12).contains(startClock.hour) {
            startClock.meridiem = meridiem
            if startClock.secondsAfterMidnight > endClock.secondsAfterMidnight { startClock = startClock.swapped! }
        }
        var seconds = endClock.secondsAfterMidnight - startClock.secondsAfterMidnight
        if let startDate = start.date, let endDate = end.date {
            seconds += (endDate.daysSince1970 - startDate.daysSince1970) * 86_400
        } else if seconds < 0 {
            seconds += 86_400
        }
        guard seconds > 0 else { return nil }
        return Int((Double(seconds) / 60).rounded())
    }
}
