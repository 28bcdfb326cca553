import HindsightCore
import HindsightTemplates

/// The geometry of an incident's timeline chart, as a template context: the markup is the
/// theme's (`timeline-chart.mustache`); this computes where things go. Events sit on a
/// horizontal time axis, their labels stacked in lanes above so none overlap, the impact
/// window shaded, colours by phase (CSS classes `phase-…`).
///
/// Ticks and events are placed by a translation (`x`, the axis at `axisY`), and their own
/// heights are relative to the axis: a repeated element reads few values, which kept the
/// chart affordable when each value a template read cost a few microseconds (swift-mustache).
struct TimelineChart {
    static let width = 800.0
    static let margin = 24.0
    static let laneHeight = 22.0
    static let top = 16.0

    let incident: Incident

    func context() -> [String: TemplateValue] {
        let entries = incident.timeline
        let positions = EventPositions(entries)
        let x = LinearScale(domain: (0, 1), range: (Self.margin, Self.width - Self.margin))
        var lanes = LabelLanes(width: Self.width - 4)
        let labelled = entries.enumerated().map { index, entry in
            let label = ChartLabel.shortened(entry.text.isEmpty ? entry.rawTime : entry.text)
            let at = x(positions.shares[index])
            return (entry: entry, x: at, label: label, placement: lanes.place(at: at, labelWidth: ChartLabel.width(label)))
        }
        let axisY = (Self.top + Double(lanes.count) * Self.laneHeight + 10).rounded2
        let events: [TemplateValue] = labelled.map { item in
            let labelY = Self.top + Double(item.placement.lane) * Self.laneHeight + 12 - axisY
            return [
                "x": .string(item.x.svg), "labelY": .string(labelY.svg), "leaderY": .string((labelY + 4).svg),
                "anchor": item.placement.anchorsAtEnd ? "end" : "start",
                "label": .string(item.label), "tooltip": "\(item.entry.rawTime): \(item.entry.text)",
                "phase": .string(item.entry.phase.rawValue),
            ]
        }
        var context: [String: TemplateValue] = [
            "viewBox": "0 0 \(Self.width.svg) \((axisY + 58).svg)",
            "axisY": .string(axisY.svg), "axisStart": .string(Self.margin.svg), "axisEnd": .string((Self.width - Self.margin).svg),
            "events": .list(events),
            "byOrderOnly": .bool(positions.byOrderOnly),
            "title": "Timeline of \(incident.title)",
            "description": .string(TimelineDescription(incident: incident, byOrderOnly: positions.byOrderOnly).text),
            "legend": .list(legend(entries)),
            "metrics": .list(MetricRows.rows(incident.timelineAnalysis)),
            "hasMetrics": .bool(!MetricRows.rows(incident.timelineAnalysis).isEmpty),
            "zone": .string(positions.byOrderOnly ? "" : incident.timelineAnalysis.zone.label),
        ]
        if let first = positions.first, let last = positions.last, !positions.byOrderOnly {
            let time = LinearScale(domain: (Double(first.utcSeconds), Double(last.utcSeconds)), range: x.range)
            context["ticks"] = .list(ticks(first, last, scale: time))
            context["impact"] = impact(scale: time, last: last, bottom: axisY)
        }
        return context
    }

    private func ticks(_ first: Instant, _ last: Instant, scale: LinearScale) -> [TemplateValue] {
        let offset = incident.timelineAnalysis.zone.offset(atUTC: first.utcSeconds)
        return TimeTicks.ticks(from: first.utcSeconds, to: last.utcSeconds, offset: offset, isDated: first.isDated).map {
            let x = scale(Double($0.utcSeconds))
            return ["x": .string(x.svg), "clock": .string($0.clock), "day": .string($0.day), "hasDay": .bool(!$0.day.isEmpty),
                    "anchor": .string(Self.anchor(at: x, labels: [$0.clock, $0.day]))]
        }
    }

    /// A tick's labels are centred on it, unless that would run them off the chart: then
    /// they start at the tick (near the left edge) or end there (near the right).
    static func anchor(at x: Double, labels: [String]) -> String {
        let half = (labels.map { ChartLabel.numericWidth($0) }.max() ?? 0) / 2
        if x - half < 0 { return "start" }
        if x + half > width { return "end" }
        return "middle"
    }

    /// The shaded window from impact to resolution (to the last event while unresolved).
    private func impact(scale: LinearScale, last: Instant, bottom: Double) -> TemplateValue? {
        let moments = incident.timelineAnalysis.moments
        guard let start = moments.impactStart else { return nil }
        let end = moments.resolved ?? last
        // Impact can begin before the first event or end after the last (a time stated
        // elsewhere): the window is drawn only over the axis.
        let x1 = max(scale(Double(start.utcSeconds)), Self.margin), x2 = min(scale(Double(end.utcSeconds)), Self.width - Self.margin)
        guard x2 >= x1 else { return nil }
        return ["x": .string(x1.svg), "y": "4", "width": .string(max(x2 - x1, 2).svg), "height": .string((bottom - 4).svg),
                "resolved": .bool(moments.resolved != nil)]
    }

    private func legend(_ entries: [TimelineEntry]) -> [TemplateValue] {
        let present = Set(entries.map(\.phase))
        return Phase.allCases.filter(present.contains).map { ["phase": .string($0.rawValue), "title": .string($0.title)] }
    }
}
