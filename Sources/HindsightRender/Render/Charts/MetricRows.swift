import HindsightCore
import HindsightTemplates

/// The metrics shown beside a timeline chart, as label and value rows; unknown ones left out.
enum MetricRows {
    static func rows(_ analysis: TimelineAnalysis) -> [TemplateValue] {
        let metrics = analysis.metrics
        let rows: [(String, Int?)] = [
            ("Impact", analysis.durationMinutes),
            ("Time to detect", metrics.timeToDetect),
            ("Time to acknowledge", metrics.timeToAcknowledge),
            ("Time to mitigate", metrics.timeToMitigate),
            ("Time to resolve", metrics.timeToResolve),
        ]
        return rows.compactMap { label, minutes in
            minutes.map { ["label": .string(label), "value": .string(DurationText.minutes($0)), "minutes": .int($0)] }
        }
    }
}
