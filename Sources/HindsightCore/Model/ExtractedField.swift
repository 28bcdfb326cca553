/// The fields extraction decides and `incidents.json` reports the provenance of, named as
/// `incidents.json` names them.
public enum ExtractedField: String, Sendable, Hashable, Codable, CaseIterable {
    case title, date, authors, summary, timeline
    case durationMinutes = "duration_minutes"
    case start, end
    case timeToDetect = "time_to_detect_minutes"
    case timeToAcknowledge = "time_to_acknowledge_minutes"
    case timeToMitigate = "time_to_mitigate_minutes"
    case timeToResolve = "time_to_resolve_minutes"
    case followUps = "follow_ups"

    /// The front-matter key that sets the field, whatever the document says; nil for the
    /// timeline, which is only ever read from the document's body. The date's is
    /// `incident_date`: `date` may be the write-up's, which a sentence dating the incident
    /// up to 60 days earlier beats (see `DateExtractor`).
    public var overrideKey: String? {
        switch self {
        case .title, .authors, .summary: rawValue
        case .date: "incident_date"
        case .timeline: nil
        case .durationMinutes: DeclaredDuration.key
        case .start: "impact_start"
        case .end: "resolved_at"
        case .timeToDetect: "detected_at"
        case .timeToAcknowledge: "acknowledged_at"
        case .timeToMitigate: "mitigated_at"
        case .timeToResolve: "resolved_at"
        case .followUps: FollowUpFrontMatter.key
        }
    }
}
