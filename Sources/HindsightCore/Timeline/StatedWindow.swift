/// A window of times the prose states: "between 09:00 AM and 10:20 AM", "from 10:00 AM to
/// 1:30 PM", `08:00–11:30 AM`, `May 8th 2024, 10 AM - May 9th 2024 12 PM`, or a `Start:` and
/// an `End:` label.
struct StatedWindow: Sendable, Hashable {
    var start: WrittenTime
    var end: WrittenTime

    init(start: WrittenTime, end: WrittenTime) {
        self.start = start
        self.end = end
    }

    /// The range of times written at token `i`, if one is.
    init?(phraseAt i: Int, in t: [TextToken]) {
        guard let phrase = TimeGrammar.phrase(at: i, in: t, setting: .prose), let endClock = phrase.time.endClock else { return nil }
        self.init(start: phrase.time, end: WrittenTime(date: phrase.time.endDate ?? phrase.time.date, clock: endClock))
    }

    /// Its length in minutes; nil without both clocks, or when the end is not later. An end
    /// earlier than the start with no days written is on the next day.
    var minutes: Int? {
        guard let (start, end) = clockSeconds else { return nil }
        var seconds = end - start
        if let startDate = self.start.date, let endDate = self.end.date {
            seconds += (endDate.daysSince1970 - startDate.daysSince1970) * 86_400
        } else if seconds < 0 {
            seconds += 86_400
        }
        guard seconds > 0 else { return nil }
        return Int((Double(seconds) / 60).rounded())
    }

    /// When impact began, where a timeline saw it only later: the window ends when the
    /// timeline's restoration does, to the minute, and begins before the timeline's start,
    /// on the same day. Summaries often say when users were first hurt ("between 09:00 and
    /// 10:20") while the timeline begins at the first alert (10:05).
    func earlierStart(than start: Instant, restoredAt end: Instant) -> Instant? {
        guard let (windowStart, windowEnd) = clockSeconds, windowStart < windowEnd,
              windowEnd / 60 == end.localSecondOfDay / 60, end.localDate == start.localDate,
              self.start.date.map({ $0 == start.localDate }) ?? true,
              windowStart < start.localSecondOfDay
        else { return nil }
        return start.sameDay(atSecond: windowStart)
    }

    /// Both clocks as seconds after midnight; a start without AM or PM takes the end's
    /// (`08:00–11:30 AM`), unless that would put it after the end.
    private var clockSeconds: (start: Int, end: Int)? {
        guard var startClock = start.clock, let endClock = end.clock else { return nil }
        if startClock.meridiem == nil, let meridiem = endClock.meridiem, (1...12).contains(startClock.hour) {
            startClock.meridiem = meridiem
            if startClock.secondsAfterMidnight > endClock.secondsAfterMidnight { startClock = startClock.swapped! }
        }
        return (startClock.secondsAfterMidnight, endClock.secondsAfterMidnight)
    }
}
