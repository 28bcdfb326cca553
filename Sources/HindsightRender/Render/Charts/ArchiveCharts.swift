import HindsightCore
import HindsightTemplates

/// The archive's charts for the index, from the same data as `incidents.json`, on one axis
/// of periods: incidents per period, then the time to detect, mitigate and resolve as
/// distributions, and all of it again as a table. Nil when no incident is dated.
enum ArchiveCharts {
    static func context(_ incidents: [Incident]) -> [String: TemplateValue]? {
        guard let axis = PeriodAxis(dates: incidents.compactMap(\.date)) else { return nil }
        let dated = incidents.filter { $0.date != nil }
        let severities = SeverityClasses(dated.map(\.severity))
        let table = ArchiveChartsTable(incidents: dated, axis: axis)
        let undated = incidents.count - dated.count
        // A duration known for no incident would be a chart of nothing but unknowns: it is said in words instead.
        let (charted, neverKnown) = DurationMetric.allCases.split { metric in dated.contains { metric.minutes(of: $0) != nil } }
        return [
            "counts": .object(PeriodCounts(dates: dated.compactMap(\.date), axis: axis).context()),
            "durations": .list(charted.map {
                .object(DurationDistribution(metric: $0, incidents: dated, axis: axis, severities: severities).context())
            }),
            "legend": .list(severities.legend(dated.map(\.severity))), "hasLegend": .bool(!severities.isEmpty),
            "unit": .string(axis.unitName),
            "unknownEverywhere": .string(neverKnown.isEmpty ? "" : "\(Self.names(neverKnown)) unknown for every dated incident."),
            "undated": .string(undated == 0 ? "" : "\(undated) undated incident\(undated == 1 ? " is" : "s are") not charted."),
            "tableHeadings": .list(table.headings), "tableRows": .list(table.rows()),
        ]
    }

    /// `The time to detect is`, `The time to detect and to mitigate are`.
    static func names(_ metrics: [DurationMetric]) -> String {
        let names = metrics.map { "to \($0.rawValue)" }
        guard let last = names.last, names.count > 1 else { return "The time \(names.joined()) is" }
        return "The time \(names.dropLast().joined(separator: ", ")) and \(last) are"
    }
}

private extension Array {
    /// The elements that satisfy `belongs`, and those that do not, each in order.
    func split(_ belongs: (Element) -> Bool) -> ([Element], [Element]) {
        (filter(belongs), filter { !belongs($0) })
    }
}
