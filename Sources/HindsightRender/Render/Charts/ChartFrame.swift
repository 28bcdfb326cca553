import HindsightTemplates

/// The vertical layout of an archive chart, in pixels. Its width is the page's, its
/// coordinates across in percent (see `PeriodAxis`), so its text is never scaled down.
struct ChartFrame: Sendable {
    /// Room above the plot for the top gridline's label, which sits on its line.
    static let plotTop = 18.0

    let plotBottom: Double
    let height: Double

    /// A plot `plotHeight` tall, and `below` pixels under the axis labels.
    init(plotHeight: Double, below: Double = 0) {
        plotBottom = Self.plotTop + plotHeight
        height = plotBottom + 22 + below
    }

    var axisLabelY: Double { plotBottom + 15 }
    /// Where the chart's own rows below the axis start.
    var belowAxis: Double { plotBottom + 22 }

    /// The keys every archive chart's template reads.
    var context: [String: TemplateValue] {
        ["height": .string(height.svg), "plotTop": .string(Self.plotTop.svg), "plotBottom": .string(plotBottom.svg),
         "axisLabelY": .string(axisLabelY.svg), "tickEnd": .string((plotBottom + 4).svg), "gapHeight": .string((plotBottom - Self.plotTop).svg), "plotStart": .string(PeriodAxis.plotStart.percent),
         "plotEnd": .string(PeriodAxis.plotEnd.percent)]
    }
}
