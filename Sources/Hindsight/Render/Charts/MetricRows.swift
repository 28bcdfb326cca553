/// The metrics shown beside a timeline chart, as label and value rows; unknown ones left out.
enum MetricRows {
    static func rows(_ analysis: TimelineAnalysis) -> [[String: Any]] {
        let metrics = analysis.metrics
        let rows: [(String, Int?)] = [
            ("Impact", analysis.durationMinutes),
            ("Time to detect", metrics.timeToDetect),
            ("Time to acknowledge", metrics.timeToAcknowledge),
            ("Time to mitigate", metrics.timeToMitigate),
            ("Time to resolve", metrics.timeToResolve),
        ]
        return rows.compactMap { label, minutes in
            minutes.map { ["label": label, "value": DurationText.minutes($0), "minutes": $0] }
        }
    }
}
