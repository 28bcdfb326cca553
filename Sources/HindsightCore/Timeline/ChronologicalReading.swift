/// Places a timeline's times on the calendar. Times in order as written keep their reading.
/// Otherwise each gets the reading that keeps the events in order: the fewest events out of
/// order, then the shortest total span, then the fewest AM/PM swaps, then the fewest times
/// rolled over midnight. `11:50 PM, 12:10 AM` keeps its reading (it only crosses midnight);
/// `10:35 PM, 11:15AM, 12:03AM, 01:00PM` becomes 10:35 AM → 11:15 AM → 12:03 PM → 1:00 PM.
///
/// A dynamic programme over the entries: each partial reading is summed up by when it ends
/// (what the next time must follow), so only the readings that no other beats on order,
/// end and swaps are kept.
enum ChronologicalReading {
    /// How a reading departs from the time as written.
    enum Departure: Sendable, Hashable {
        /// AM and PM swapped: 12:03 AM read as noon, 10:35 PM as morning.
        case swapped
        /// A time written without AM or PM read in the afternoon: `2:00` after `1:34pm`.
        case afternoon
    }

    struct Choice: Sendable, Hashable {
        var instant: Instant
        /// The clock as read.
        var reading: ClockTime?
        /// Nil when read as written.
        var departure: Departure?
        var swapped: Bool { departure == .swapped }
    }

    struct Result: Sendable {
        var choices: [Choice]
        /// Entries whose own day puts them before an earlier entry; kept as written.
        var disorder: Int
        var swaps: Int { choices.count { $0.swapped } }
        /// Entries read other than as written.
        var repairs: Int { choices.count { $0.departure != nil } }
    }

    private struct Path {
        var choices: [Choice] = []
        var first = 0
        /// The latest instant so far: what the next time must follow.
        var latest: Instant?
        var disorder = 0
        var swaps = 0
        /// Times without AM or PM read in the afternoon: cheaper than a swap, which
        /// contradicts what was written.
        var afternoons = 0
        /// Swaps of times whose day is written: only order justifies them, never a shorter
        /// span (`Aug 31 8:49am … Sept 3 11:11pm` spans days because its author says so).
        var pinnedSwaps = 0

        /// Times without a day moved to the next day to follow the previous event.
        var rollovers = 0

        var span: Int { (latest?.utcSeconds ?? first) - first }
        var isInOrder: Bool { disorder == 0 && rollovers == 0 }

        func appending(_ choice: Choice, dated: Bool, pinned: Bool, hasClock: Bool, zoneDay: (Instant) -> Int) -> Path {
            var next = self
            next.choices.append(choice)
            if choices.isEmpty { next.first = choice.instant.utcSeconds }
            if let latest, isOutOfOrder(choice.instant, after: latest, dated: dated, hasClock: hasClock, zoneDay: zoneDay) {
                next.disorder += 1
            }
            if let latest, !dated, zoneDay(choice.instant) > zoneDay(latest) { next.rollovers += 1 }
            next.latest = latest.map { max($0, choice.instant) } ?? choice.instant
            next.swaps += choice.departure == .swapped ? 1 : 0
            next.afternoons += choice.departure == .afternoon ? 1 : 0
            next.pinnedSwaps += pinned && choice.departure == .swapped ? 1 : 0
            return next
        }

        /// A day without a time is in order anywhere on or after the previous event's day.
        private func isOutOfOrder(_ instant: Instant, after latest: Instant, dated: Bool, hasClock: Bool, zoneDay: (Instant) -> Int) -> Bool {
            guard dated else { return false }
            return hasClock ? instant < latest : zoneDay(instant) < zoneDay(latest)
        }

        func dominates(_ other: Path) -> Bool {
            disorder <= other.disorder && swaps <= other.swaps && afternoons <= other.afternoons && pinnedSwaps <= other.pinnedSwaps
                && (latest?.utcSeconds ?? .min) <= (other.latest?.utcSeconds ?? .min)
        }

        static func isBetter(_ a: Path, than b: Path) -> Bool {
            (a.disorder, a.pinnedSwaps, a.span, a.swaps, a.afternoons, a.rollovers)
                < (b.disorder, b.pinnedSwaps, b.span, b.swaps, b.afternoons, b.rollovers)
        }
    }

    /// - Parameter day: the incident's day, for times that do not say theirs.
    static func read(_ times: [PlaceableTime], day: CalendarDate?) -> Result {
        guard let head = times.first else { return Result(choices: [], disorder: 0) }
        let asWritten = times.reduce(Path()) { path, time in extensions(of: path, by: time, day: day)[0] }
        if asWritten.isInOrder { return Result(choices: asWritten.choices, disorder: 0) }
        // One search per reading of the first time: the span is measured from it.
        let best = extensions(of: Path(), by: head, day: day).map { start in
            times.dropFirst().reduce([start]) { paths, time in
                keepUndominated(paths.flatMap { extensions(of: $0, by: time, day: day) })
            }.min(by: Path.isBetter)!
        }.min(by: Path.isBetter)!
        return Result(choices: best.choices, disorder: best.disorder)
    }

    private static func extensions(of path: Path, by time: PlaceableTime, day: CalendarDate?) -> [Path] {
        let readings: [ClockTime?] = time.readings.isEmpty ? [nil] : time.readings
        return readings.enumerated().map { index, reading in
            let instant = time.instant(reading: reading, day: day, notBefore: path.latest, timelineStart: path.choices.first?.instant)
            return path.appending(Choice(instant: instant, reading: reading, departure: index > 0 ? time.alternative : nil),
                                  dated: time.date != nil, pinned: time.isPinned, hasClock: reading != nil, zoneDay: time.localDay)
        }
    }

    /// Drops every partial reading that another one beats or equals on all counts, keeping
    /// the earlier (as written) of equals.
    private static func keepUndominated(_ paths: [Path]) -> [Path] {
        paths.enumerated().filter { index, path in
            !paths.enumerated().contains { other, candidate in
                other != index && candidate.dominates(path) && (other < index || !path.dominates(candidate))
            }
        }.map(\.element)
    }
}
