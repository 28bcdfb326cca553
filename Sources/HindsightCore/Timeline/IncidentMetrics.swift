/// What on-call teams track, in whole minutes, counted from when impact began, except the
/// time to acknowledge, which counts from detection (how long an alert waited for a human).
/// Nil when a moment is unknown, comes before the one it counts from, or is only a day: a
/// length between days without their times would be a guess shown as a fact.
public struct IncidentMetrics: Sendable, Hashable, Codable {
    public var timeToDetect: Int?
    public var timeToAcknowledge: Int?
    public var timeToMitigate: Int?
    public var timeToResolve: Int?

    public init() {}

    init(_ moments: KeyMoments) {
        timeToDetect = Self.minutes(from: moments.impactStart, to: moments.detected)
        timeToAcknowledge = Self.minutes(from: moments.detected ?? moments.impactStart, to: moments.acknowledged)
        timeToMitigate = Self.minutes(from: moments.impactStart, to: moments.mitigated)
        timeToResolve = Self.minutes(from: moments.impactStart, to: moments.resolved)
    }

    private static func minutes(from start: Instant?, to end: Instant?) -> Int? {
        guard let start, let end, start.hasClock, end.hasClock, end >= start else { return nil }
        return start.minutes(until: end)
    }
}
