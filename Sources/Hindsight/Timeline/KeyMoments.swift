/// The moments on-call teams measure an incident by, from its timeline's phases; front
/// matter may state any of them (`detected_at`, `resolved_at`…), and then it wins.
public struct KeyMoments: Sendable, Hashable {
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
        (\.mitigated, ["mitigated_at", "mitigation_started_at"]),
        (\.resolved, ["resolved_at", "end_time", "ended_at", "recovered_at"]),
    ] }

    /// Impact begins at the first impact event, else at the first detection (users were hurt
    /// by then at the latest), else at the first event. The resolution is the first
    /// restoration, unless a later one says it was full ("fully restored").
    init(entries: [TimelineEntry]) {
        let timed = entries.compactMap { entry in entry.time.map { (time: $0, entry: entry) } }
        func first(_ phase: Phase) -> Instant? { timed.first { $0.entry.phase == phase }?.time }
        impactStart = first(.impact) ?? first(.detect) ?? timed.first?.time
        detected = first(.detect)
        acknowledged = first(.acknowledge)
        mitigated = first(.mitigate)
        guard let impactStart else { return }
        let restorations = timed.filter { $0.entry.phase == .resolve && $0.time >= impactStart }
        resolved = (restorations.dropFirst().first { Self.saysFull($0.entry.text) } ?? restorations.first)?.time
    }

    private static func saysFull(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["fully", "full ", "completely", "complete", "all services", "all systems"].contains { lowered.contains($0) }
    }
}
