import Foundation
import HindsightTemplates

/// A logarithmic scale for durations, in pixels down a chart: incidents last from minutes to
/// weeks, and a linear axis would flatten all but the longest. Its ends are round durations
/// (`marks`) around the data, so its gridlines cover every value drawn.
struct DurationScale: Sendable {
    static let marks = [(1, "1 min"), (10, "10 min"), (60, "1 h"), (360, "6 h"), (1440, "1 d"), (10080, "1 wk"),
                        (43200, "30 d"), (525_600, "1 yr"), (5_256_000, "10 yr")]

    /// The round durations at the bottom and top of the scale.
    let bottom: Int
    let top: Int
    private let scale: LinearScale

    /// - Parameters: values, the durations to cover (a 0 is drawn as a minute); top and
    ///   bottom, the scale's ends in pixels.
    init(covering values: [Int], top topY: Double, bottom bottomY: Double) {
        let lowest = max(values.min() ?? 1, 1), highest = max(values.max() ?? 60, 1)
        let bottomIndex = Self.marks.lastIndex { $0.0 <= lowest } ?? 0
        let coveringIndex = Self.marks.firstIndex { $0.0 >= highest } ?? Self.marks.count - 1
        let topIndex = min(max(coveringIndex, bottomIndex + 1), Self.marks.count - 1)
        bottom = Self.marks[bottomIndex].0
        top = Self.marks[topIndex].0
        scale = LinearScale(domain: (log10(Double(bottom)), log10(Double(top))), range: (bottomY, topY))
    }

    /// The value's height; values beyond the last mark are drawn at the top.
    func y(_ minutes: Int) -> Double { scale(log10(Double(min(max(minutes, bottom), top)))) }

    /// A gridline at each round duration of the scale, bottom and top included.
    func gridlines() -> [TemplateValue] {
        Self.marks.filter { $0.0 >= bottom && $0.0 <= top }.map { minutes, label in
            ["y": .string(y(minutes).svg), "label": .string(label)]
        }
    }
}
