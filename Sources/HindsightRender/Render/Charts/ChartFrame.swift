import HindsightTemplates

/// The plotting area of an archive chart inside its viewBox, with room on the left for
/// value labels and below for the date axis.
struct ChartFrame {
    static let width = 800.0
    var height = 200.0
    var left = 64.0
    var right = 16.0
    var top = 12.0
    var bottom = 28.0

    var plotLeft: Double { left }
    var plotRight: Double { Self.width - right }
    var plotTop: Double { top }
    var plotBottom: Double { height - bottom }
    var viewBox: String { "0 0 \(Self.width.svg) \(height.svg)" }

    /// The keys every archive chart's template reads.
    var context: [String: TemplateValue] {
        ["viewBox": .string(viewBox), "plotLeft": .string(plotLeft.svg), "plotRight": .string(plotRight.svg), "plotTop": .string(plotTop.svg),
         "plotBottom": .string(plotBottom.svg), "axisLabelY": .string((plotBottom + 16).svg), "valueLabelX": .string((plotLeft - 6).svg)]
    }
}
