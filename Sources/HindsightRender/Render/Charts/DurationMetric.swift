import HindsightCore

/// The durations the archive charts show as distributions, each measured from the start of
/// impact.
enum DurationMetric: String, CaseIterable, Sendable {
    case detect, mitigate, resolve

    /// `Time to detect`.
    var title: String { "Time to \(rawValue)" }

    /// The incident's duration for this metric, nil when unknown. Time to resolve falls
    /// back on the impact duration the report states when its timeline does not say.
    func minutes(of incident: Incident) -> Int? {
        let analysis = incident.timelineAnalysis
        switch self {
        case .detect: return analysis.metrics.timeToDetect
        case .mitigate: return analysis.metrics.timeToMitigate
        case .resolve: return analysis.metrics.timeToResolve ?? analysis.durationMinutes
        }
    }
}
