import HindsightCore
import HindsightTemplates

/// Chart: how many incidents happened each month, as bars.
struct MonthlyCounts {
    let incidents: [Incident]
    let frame = ChartFrame(height: 160)

    func context(axis: DateAxis) -> [String: TemplateValue] {
        var counts: [Int: Int] = [:]
        for date in incidents.compactMap(\.date) { counts[date.year * 12 + date.month - 1, default: 0] += 1 }
        let highest = max(counts.values.max() ?? 1, 1)
        let y = LinearScale(domain: (0, Double(highest)), range: (frame.plotBottom, frame.plotTop))
        let months = DateAxis.months(from: axis.first, to: axis.last)
        let slot = (frame.plotRight - frame.plotLeft) / Double(max(months.count, 1))
        let bars: [TemplateValue] = months.enumerated().compactMap { index, month in
            guard let count = counts[month.year * 12 + month.month - 1] else { return nil }
            return [
                "x": .string((frame.plotLeft + Double(index) * slot + slot * 0.1).svg), "y": .string(y(Double(count)).svg),
                "width": .string(max(slot * 0.8, 1).svg), "height": .string((frame.plotBottom - y(Double(count))).svg),
                "tooltip": "\(month.year)-\(NumberText.pad(month.month)): \(count) incident\(count == 1 ? "" : "s")",
            ]
        }
        let busiest = counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }
        let busiestText = busiest.map { " The busiest month, \($0.key / 12)-\(NumberText.pad($0.key % 12 + 1)), had \($0.value)." } ?? ""
        return frame.context.merging([
            "bars": .list(bars), "ticks": .list(axis.ticks()),
            "gridlines": [["y": .string(y(Double(highest)).svg), "label": .string(String(highest))], ["y": .string(y(0).svg), "label": "0"]],
            "description": "Incidents per month from \(axis.first) to \(axis.last).\(busiestText)",
        ]) { _, new in new }
    }
}
