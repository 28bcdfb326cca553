/// The geometry of an incident's timeline chart, as a template context: the markup is the
/// theme's (`timeline-chart.mustache`); this computes where things go. Events sit on a
/// horizontal time axis, their labels stacked in lanes above so none overlap, the impact
/// window shaded, colours by phase (CSS classes `phase-…`).
///
/// Ticks and events are placed by a translation (`x`, the axis at `axisY`), and their own
/// heights are relative to the axis: a repeated element reads few values, and each value a
/// template reads costs a few microseconds in swift-mustache, for every event of every page.
struct TimelineChart {
    static let width = 800.0
    static let margin = 24.0
    static let laneHeight = 20.0
    static let top = 16.0

    let incident: Incident

    func context() -> [String: Any] {
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
        let events: [[String: Any]] = labelled.map { item in
            let labelY = Self.top + Double(item.placement.lane) * Self.laneHeight + 12 - axisY
            return [
                "x": item.x.svg, "labelY": labelY.svg, "leaderY": (labelY + 4).svg,
                "anchor": item.placement.anchorsAtEnd ? "end" : "start",
                "label": item.label, "tooltip": "\(item.entry.rawTime): \(item.entry.text)",
                "phase": item.entry.phase.rawValue,
            ]
        }
        var context: [String: Any] = [
            "viewBox": "0 0 \(Self.width.svg) \((axisY + 44).svg)",
            "axisY": axisY.svg, "axisStart": Self.margin.svg, "axisEnd": (Self.width - Self.margin).svg,
            "events": events,
            "byOrderOnly": positions.byOrderOnly,
            "title": "Timeline of \(incident.title)",
            "description": TimelineDescription(incident: incident, byOrderOnly: positions.byOrderOnly).text,
            "legend": legend(entries),
            "metrics": MetricRows.rows(incident.timelineAnalysis),
            "hasMetrics": !MetricRows.rows(incident.timelineAnalysis).isEmpty,
            "zone": positions.byOrderOnly ? "" : incident.timelineAnalysis.zone.label,
        ]
        if let first = positions.first, let last = positions.last, !positions.byOrderOnly {
            let time = LinearScale(domain: (Double(first.utcSeconds), Double(last.utcSeconds)), range: x.range)
            context["ticks"] = ticks(first, last, scale: time)
            context["impact"] = impact(scale: time, last: last, bottom: axisY)
        }
        return context
    }

    private func ticks(_ first: Instant, _ last: Instant, scale: LinearScale) -> [[String: Any]] {
        let offset = incident.timelineAnalysis.zone.offset(atUTC: first.utcSeconds)
        return TimeTicks.ticks(from: first.utcSeconds, to: last.utcSeconds, offset: offset, isDated: first.isDated).map {
            ["x": scale(Double($0.utcSeconds)).svg, "clock": $0.clock, "day": $0.day, "hasDay": !$0.day.isEmpty]
        }
    }

    /// The shaded window from impact to resolution (to the last event while unresolved).
    private func impact(scale: LinearScale, last: Instant, bottom: Double) -> [String: Any]? {
        let moments = incident.timelineAnalysis.moments
        guard let start = moments.impactStart else { return nil }
        let end = moments.resolved ?? last
        let x1 = scale(Double(start.utcSeconds)), x2 = scale(Double(end.utcSeconds))
        guard x2 >= x1 else { return nil }
        return ["x": x1.svg, "y": "4", "width": max(x2 - x1, 2).svg, "height": (bottom - 4).svg,
                "resolved": moments.resolved != nil]
    }

    private func legend(_ entries: [TimelineEntry]) -> [[String: Any]] {
        let present = Set(entries.map(\.phase))
        return Phase.allCases.filter(present.contains).map { ["phase": $0.rawValue, "title": $0.title] }
    }
}
