import HindsightCore
import HindsightTemplates

/// Follow-ups still not done, per quarter of their incidents, as the bars of a small SVG
/// chart: where the open work comes from. Every quarter between the first and the last is
/// shown, empty ones too, so the bars keep their spacing in time.
struct FollowUpTrend {
    struct Bar {
        var quarter: String
        var count: Int
    }

    let bars: [Bar]

    static let barWidth = 24, gap = 6, height = 80

    init(_ open: [OpenFollowUp], in incidents: [Incident]) {
        var counts: [Int: Int] = [:]
        for item in open {
            guard let date = incidents[item.incident].date else { continue }
            counts[date.year * 4 + (date.month - 1) / 3, default: 0] += 1
        }
        guard let first = counts.keys.min(), let last = counts.keys.max() else {
            bars = []
            return
        }
        bars = (first...last).map { index in Bar(quarter: "\(index / 4) Q\(index % 4 + 1)", count: counts[index] ?? 0) }
    }

    /// The chart's values, positions computed here so that the template only places them;
    /// nil when no dated incident has an item open.
    var context: [String: TemplateValue]? {
        guard let highest = bars.map(\.count).max(), highest > 0 else { return nil }
        let step = Self.barWidth + Self.gap
        return [
            "width": .int(bars.count * step),
            "height": .int(Self.height),
            "bars": .list(bars.enumerated().map { index, bar in
                let barHeight = bar.count * Self.height / highest
                return [
                    "quarter": .string(bar.quarter), "count": .int(bar.count),
                    "x": .int(index * step), "y": .int(Self.height - barHeight), "barHeight": .int(barHeight),
                    "barWidth": .int(Self.barWidth),
                ]
            }),
            "first": .string(bars.first?.quarter ?? ""),
            "last": .string(bars.last?.quarter ?? ""),
        ]
    }
}
