/// A point in time on an incident's timeline, with the zone offset it was written in.
/// When the document never says which day, the instant sits on a stand-in day: durations
/// and the order still hold, but it has no ISO 8601 form.
public struct Instant: Sendable, Hashable, Comparable, Codable {
    /// Seconds since 1970-01-01T00:00Z.
    public var utcSeconds: Int
    /// The offset from UTC of the zone the time was written in, in seconds.
    public var offsetSeconds: Int
    /// False when the day is a stand-in.
    public var isDated: Bool
    /// False for a day written without a time (`2025-03-18`): the instant is its midnight.
    public var hasClock: Bool

    /// The wall-clock time where it was written, as seconds since 1970 as if that were UTC.
    var localSeconds: Int { utcSeconds + offsetSeconds }
    package var localDate: CalendarDate? { CalendarDate(daysSince1970: Self.floorDiv(localSeconds, 86_400)) }
    /// Seconds after the local midnight.
    var localSecondOfDay: Int { localSeconds - Self.floorDiv(localSeconds, 86_400) * 86_400 }

    init(local: Int, offsetSeconds: Int, isDated: Bool, hasClock: Bool) {
        utcSeconds = local - offsetSeconds
        self.offsetSeconds = offsetSeconds
        self.isDated = isDated
        self.hasClock = hasClock
    }

    /// The instant at `second` after local midnight of this instant's day, in its zone: a
    /// clock the prose gives for a moment of the same day ("back to normal by 11:30").
    func sameDay(atSecond second: Int) -> Instant {
        Instant(local: localSeconds - localSecondOfDay + second, offsetSeconds: offsetSeconds, isDated: isDated, hasClock: true)
    }

    /// `2024-04-20T10:35:00+02:00`; a day written without a time is `2024-04-20`; nil on a
    /// stand-in day.
    public var iso8601: String? {
        guard isDated, let date = localDate else { return nil }
        guard hasClock else { return date.description }
        let second = localSecondOfDay
        let offset = abs(offsetSeconds) / 60
        return "\(date)T\(NumberText.pad(second / 3600)):\(NumberText.pad(second / 60 % 60)):\(NumberText.pad(second % 60))"
            + (offsetSeconds < 0 ? "-" : "+") + "\(NumberText.pad(offset / 60)):\(NumberText.pad(offset % 60))"
    }

    /// `10:35`, on the wall clock where it was written.
    package var localClock: String { Self.clock(localSeconds: localSeconds) }

    /// `HH:MM` of a wall-clock time given as seconds since 1970 as if it were UTC.
    package static func clock(localSeconds: Int) -> String {
        let second = localSeconds - floorDiv(localSeconds, 86_400) * 86_400
        return "\(NumberText.pad(second / 3600)):\(NumberText.pad(second / 60 % 60))"
    }

    /// Whole minutes from `self` to `later`, rounded.
    package func minutes(until later: Instant) -> Int {
        Int((Double(later.utcSeconds - utcSeconds) / 60).rounded())
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.utcSeconds < rhs.utcSeconds }

    package static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
}
