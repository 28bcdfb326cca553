extension Incident {
    /// An extracted field's value in a few words, as `hindsight explain` prints it; nil when
    /// the field has no value.
    package func text(of field: ExtractedField) -> String? {
        let analysis = timelineAnalysis
        switch field {
        case .title: return title
        case .date: return date?.description
        case .authors: return authors.isEmpty ? nil : authors.map(\.name).joined(separator: ", ")
        case .summary: return summary.isEmpty ? nil : Self.shortened(summary.collapsingWhitespace)
        case .timeline: return timeline.isEmpty ? nil : timeline.count == 1 ? "1 entry" : "\(timeline.count) entries"
        case .durationMinutes: return analysis.durationMinutes.map(String.init)
        case .start: return analysis.moments.impactStart.map(Self.text)
        case .end: return analysis.moments.resolved.map(Self.text)
        case .timeToDetect: return analysis.metrics.timeToDetect.map(String.init)
        case .timeToAcknowledge: return analysis.metrics.timeToAcknowledge.map(String.init)
        case .timeToMitigate: return analysis.metrics.timeToMitigate.map(String.init)
        case .timeToResolve: return analysis.metrics.timeToResolve.map(String.init)
        case .followUps:
            let counts = FollowUp.Status.allCases.map { status in "\(followUps.count { $0.status == status }) \(status.rawValue)" }
            return (followUps.count == 1 ? "1 item: " : "\(followUps.count) items: ") + counts.joined(separator: ", ")
        }
    }

    /// ISO 8601 as `incidents.json` has it; the wall clock when the day is unknown.
    private static func text(_ instant: Instant) -> String {
        instant.iso8601 ?? "\(instant.localClock) (day unknown)"
    }

    /// A summary is a paragraph: its first 100 characters say which one.
    private static func shortened(_ text: String) -> String {
        text.count <= 100 ? text : text.prefix(99).trimmed + "…"
    }
}
