/// What Hindsight understood of an incident's timeline: how well its times read, the key
/// moments and metrics, and how long the incident lasted.
public struct TimelineAnalysis: Sendable, Codable {
    public enum Status: String, Sendable, Codable {
        /// No timeline.
        case empty
        /// Every time read as written.
        case interpreted
        /// Every time read, after swapping AM and PM somewhere.
        case repaired
        /// Some times could not be read.
        case partial
        /// No time could be read.
        case uninterpreted
    }

    public var status = Status.empty
    public var moments = KeyMoments()
    public var metrics = IncidentMetrics()
    public var statedDuration: StatedDuration?
    /// How long users were affected: as front matter's `duration_minutes` states it, else
    /// from impact to resolution on the timeline, else as the prose states it.
    public var durationMinutes: Int?
    /// The zone the timeline's times are shown in.
    package var zone = Zone.utc

    public init() {}
}
