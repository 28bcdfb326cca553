import HindsightCore
import HindsightTemplates

/// The archive's charts for the index, from the same data as `incidents.json`: incidents
/// over time, incidents per month, and the trend of the time to resolve. Nil when no
/// incident is dated.
enum ArchiveCharts {
    static func context(_ incidents: [Incident]) -> [String: TemplateValue]? {
        let dates = incidents.compactMap(\.date)
        guard let first = dates.min(), let last = dates.max() else { return nil }
        let axis = DateAxis(first: first, last: last, frame: ChartFrame())
        let longest = incidents.compactMap(\.timelineAnalysis.durationMinutes).max() ?? 60
        var context: [String: TemplateValue] = [
            "strip": .object(IncidentStrip(incidents: incidents).context(axis: axis, longest: longest)),
            "monthly": .object(MonthlyCounts(incidents: incidents).context(axis: axis)),
        ]
        context["trend"] = ResolveTrend(incidents: incidents).context(axis: axis).map(TemplateValue.object)
        return context
    }
}
