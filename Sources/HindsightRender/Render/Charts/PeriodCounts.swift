import HindsightCore
import HindsightTemplates

/// Chart: how many incidents each period had, as bars, on a scale whose top is a round
/// count at or above the busiest period's.
struct PeriodCounts {
    let counts: [Int: Int]
    let axis: PeriodAxis
    static let frame = ChartFrame(plotHeight: 90)

    init(dates: [CalendarDate], axis: PeriodAxis) {
        self.axis = axis
        var counts: [Int: Int] = [:]
        for slot in dates.compactMap(axis.slot) { counts[slot, default: 0] += 1 }
        self.counts = counts
    }

    /// A round step (1, 2, 5, 10, 20, 50…) that splits `highest` into at most four intervals.
    static func step(for highest: Int) -> Int {
        var magnitude = 1
        while true {
            for factor in [1, 2, 5] where highest <= factor * magnitude * 4 { return factor * magnitude }
            magnitude *= 10
        }
    }

    func context() -> [String: TemplateValue] {
        let frame = Self.frame
        let highest = max(counts.values.max() ?? 1, 1)
        let step = Self.step(for: highest)
        let top = (highest + step - 1) / step * step
        let y = LinearScale(domain: (0, Double(top)), range: (frame.plotBottom, ChartFrame.plotTop))
        let bars: [TemplateValue] = counts.keys.sorted().map { slot in
            let count = counts[slot]!
            return ["x": .string((axis.span(slot).from + axis.width(slot) * 0.1).percent), "width": .string((axis.width(slot) * 0.8).percent),
                    "y": .string(y(Double(count)).svg), "height": .string((frame.plotBottom - y(Double(count))).svg),
                    "tooltip": .string("\(axis.label(slot)): \(count) incident\(count == 1 ? "" : "s")")]
        }
        let busiest = counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }!
        return frame.context.merging([
            "title": .string("Incidents per \(axis.unitName)"),
            "bars": .list(bars), "ticks": .list(axis.ticks()), "gaps": .list(axis.gaps()),
            "gridlines": .list(stride(from: 0, through: top, by: step).map { ["y": .string(y(Double($0)).svg), "label": .string(String($0))] }),
            "description": .string("Dated incidents per \(axis.unitName), from \(axis.label(0)) to \(axis.label(axis.slots.count - 1));"
                + " the busiest, \(axis.label(busiest.key)), had \(busiest.value)."),
        ]) { _, new in new }
    }
}
