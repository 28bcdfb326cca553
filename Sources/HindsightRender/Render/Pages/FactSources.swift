import HindsightCore
import HindsightTemplates

/// The incident page's “How these facts were read”: for each fact the page shows (the day,
/// the duration, the impact window, the metrics, the timeline), its value and where it came
/// from in words, so a reader can tell a measured duration from a stated one and see what
/// front matter decided.
enum FactSources {
    static func rows(_ incident: Incident) -> [TemplateValue] {
        let analysis = incident.timelineAnalysis
        let metrics = analysis.metrics
        let facts: [(ExtractedField, String, String?)] = [
            (.date, "Date", incident.text(of: .date)),
            (.durationMinutes, "Duration", analysis.durationMinutes.map(DurationText.minutes)),
            (.start, "Impact began", analysis.moments.impactStart.map(shown)),
            (.end, "Service restored", analysis.moments.resolved.map(shown)),
            (.timeToDetect, "Time to detect", metrics.timeToDetect.map(DurationText.minutes)),
            (.timeToAcknowledge, "Time to acknowledge", metrics.timeToAcknowledge.map(DurationText.minutes)),
            (.timeToMitigate, "Time to mitigate", metrics.timeToMitigate.map(DurationText.minutes)),
            (.timeToResolve, "Time to resolve", metrics.timeToResolve.map(DurationText.minutes)),
            (.timeline, "Timeline", incident.text(of: .timeline)),
        ]
        return facts.compactMap { field, label, value in
            guard let value, let provenance = incident.evidence[field]?.provenance else { return nil }
            return ["label": .string(label), "value": .string(value), "how": .string(ProvenanceSentence.words(provenance))]
        }
    }

    /// `2024-04-20 10:05` on the wall clock it was written in; the clock alone on a stand-in day.
    private static func shown(_ instant: Instant) -> String {
        guard instant.isDated, let day = instant.localDate else { return instant.localClock }
        return instant.hasClock ? "\(day) \(instant.localClock)" : day.description
    }
}
