import Foundation
import HindsightTemplates

/// A logarithmic scale for durations, from a minute to the longest one shown: incidents
/// last from minutes to weeks, and a linear axis would flatten all but the longest.
struct DurationScale {
    let scale: LinearScale

    init(longest: Int, frame: ChartFrame) {
        let top = max(log10(Double(max(longest, 60))), 1)
        scale = LinearScale(domain: (0, top), range: (frame.plotBottom, frame.plotTop))
    }

    func y(_ minutes: Int) -> Double { scale(log10(Double(max(minutes, 1)))) }

    /// Gridlines at round durations within the scale.
    func gridlines() -> [TemplateValue] {
        let marks = [(1, "1 min"), (10, "10 min"), (60, "1 h"), (360, "6 h"), (1440, "1 d"), (10080, "1 wk"), (43200, "30 d")]
        return marks.filter { log10(Double($0.0)) <= scale.domain.to }.map { minutes, label in
            ["y": .string(y(minutes).svg), "label": .string(label)]
        }
    }
}
