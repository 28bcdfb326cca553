/// The moments on-call teams measure an incident by, from its timeline's phases; front
/// matter may state any of them (`detected_at`, `resolved_at`…), and then it wins.
public struct KeyMoments: Sendable, Hashable, Codable {
    /// When users started to be hurt.
    public var impactStart: Instant?
    public var detected: Instant?
    public var acknowledged: Instant?
    /// When mitigation began.
    public var mitigated: Instant?
    /// When service was restored.
    public var resolved: Instant?

    public init() {}

    /// Front matter keys for each moment, in order of preference.
    static var frontMatterKeys: [(WritableKeyPath<KeyMoments, Instant?>, [String])] { [
        (\.impactStart, ["impact_started_at", "impact_start", "start_time", "started_at"]),
        (\.detected, ["detected_at", "detection_time"]),
        (\.acknowledged, ["acknowledged_at"]),
        (\.mitigated, ["mitigation_started_at", "mitigated_at"]),
        (\.resolved, ["resolved_at", "end_time", "ended_at", "recovered_at"]),
    ] }

    /// - Parameter stated: how long the prose says users were hurt, and between which times
    ///   when it says, to choose between the timeline's readings of when impact began, or to
    ///   begin it earlier (see `ImpactWindow`).
    init(timed: [TimedEntry], stated: StatedDurationFinder.Finding?) {
        let window = ImpactWindow(timed, statedMinutes: stated?.duration.minutes, statedWindow: stated?.window)
        impactStart = window.start
        resolved = window.end
        // Each moment is the first of its phase once impact began: a news report minutes
        // before an outage the author marked is not its detection.
        func first(_ phase: Phase, from start: Instant?) -> Instant? {
            let ofPhase = timed.filter { $0.entry.phase == phase }
            return (start.flatMap { start in ofPhase.first { $0.time >= start } } ?? ofPhase.first)?.time
        }
        detected = first(.detect, from: impactStart)
        acknowledged = first(.acknowledge, from: detected ?? impactStart)
        mitigated = first(.mitigate, from: impactStart)
    }
}
