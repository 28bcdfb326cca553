import HindsightCore
import HindsightTemplates

/// Chart: the median time to resolve per quarter, as a line, on a log scale. A quarter's
/// median is over its incidents with a known duration; quarters without one are skipped.
struct ResolveTrend {
    let incidents: [Incident]
    let frame = ChartFrame(height: 180)

    struct Quarter: Hashable, Comparable {
        var year: Int
        var quarter: Int
        var firstDay: CalendarDate { CalendarDate(year: year, month: quarter * 3 - 2, day: 1)! }
        var label: String { "\(year) Q\(quarter)" }
        static func < (a: Self, b: Self) -> Bool { (a.year, a.quarter) < (b.year, b.quarter) }
    }

    /// Quarter → median minutes, for quarters with durations.
    func medians() -> [(quarter: Quarter, minutes: Int)] {
        var durations: [Quarter: [Int]] = [:]
        for incident in incidents {
            guard let date = incident.date, let minutes = incident.timelineAnalysis.durationMinutes else { continue }
            durations[Quarter(year: date.year, quarter: (date.month - 1) / 3 + 1), default: []].append(minutes)
        }
        return durations.keys.sorted().map { ($0, Self.median(durations[$0]!)) }
    }

    static func median(_ values: [Int]) -> Int {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    func context(axis: DateAxis) -> [String: TemplateValue]? {
        let medians = medians()
        guard !medians.isEmpty else { return nil }
        let scale = DurationScale(longest: medians.map(\.minutes).max() ?? 60, frame: frame)
        let points = medians.map { quarter, minutes in
            // A quarter's point sits in its middle.
            let middle = axis.x(quarter.firstDay.adding(days: 45) ?? quarter.firstDay)
            return (x: middle.svg, y: scale.y(minutes).svg, tooltip: "\(quarter.label): median \(DurationText.minutes(minutes))")
        }
        let line = points.map { "\($0.x),\($0.y)" }.joined(separator: " ")
        let latest = medians[medians.count - 1]
        return frame.context.merging([
            "points": .list(points.map { ["x": .string($0.x), "y": .string($0.y), "tooltip": .string($0.tooltip)] }),
            "line": .string(line), "ticks": .list(axis.ticks()), "gridlines": .list(scale.gridlines()),
            "description": "Median time to resolve per quarter over \(medians.count) quarter\(medians.count == 1 ? "" : "s"); the latest, \(latest.quarter.label), is \(DurationText.minutes(latest.minutes)).",
        ]) { _, new in new }
    }
}
