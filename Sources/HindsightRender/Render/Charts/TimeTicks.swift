import HindsightCore

/// Readable ticks for a time axis, in the timeline's zone: a round step (5 min, 1 h, 1 day…)
/// that gives at most `maximum` ticks, each labelled with its clock time, and with its day
/// where the day changes.
struct TimeTicks {
    struct Tick: Equatable {
        var utcSeconds: Int
        var clock: String
        /// The day, on the first tick and where the day changes; empty elsewhere.
        var day: String
    }

    private static let stepsInMinutes = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080, 43200]

    static func ticks(from start: Int, to end: Int, offset: Int, isDated: Bool, maximum: Int = 6) -> [Tick] {
        let span = max(end - start, 60)
        let step = (stepsInMinutes.first { span / ($0 * 60) <= maximum } ?? stepsInMinutes.last!) * 60
        let localStart = start + offset
        var local = (Instant.floorDiv(localStart, step) + (localStart % step == 0 ? 0 : 1)) * step
        var ticks: [Tick] = []
        var previousDay: Int?
        while local <= end + offset {
            let day = Instant.floorDiv(local, 86_400)
            ticks.append(Tick(utcSeconds: local - offset, clock: Instant.clock(localSeconds: local),
                              day: day == previousDay ? "" : dayLabel(day, firstDay: Instant.floorDiv(localStart, 86_400), isDated: isDated)))
            previousDay = day
            local += step
        }
        return ticks
    }

    /// `2024-04-21`, or `day 2` when the document never says which day.
    private static func dayLabel(_ day: Int, firstDay: Int, isDated: Bool) -> String {
        guard isDated, let date = CalendarDate(daysSince1970: day) else { return "day \(day - firstDay + 1)" }
        return date.description
    }
}
