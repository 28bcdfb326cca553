import HindsightCore
import HindsightTemplates

/// The archive charts' shared horizontal axis: a slot per period from the first dated
/// incident's to the last's, in quarters, or in years when quarters would be too many to
/// tell apart. A run of empty periods longer than a year (two years, counted in years)
/// becomes one slot marked as a gap, so that a lone incident decades before the rest leaves
/// a visible break rather than squeezing the others into a corner.
///
/// Positions are percentages of the chart's width: the plot stretches to any width while
/// its text keeps its size. Labels are spaced for the narrowest chart, `narrowestWidth`.
struct PeriodAxis: Sendable {
    enum Slot: Equatable, Sendable {
        case period(Period)
        /// Periods without incidents, first and last inclusive.
        case gap(first: Period, last: Period)
    }

    static let maximumQuarters = 48
    /// The plot keeps a margin at each side, so that dots at the edges stay inside.
    static let plotStart = 2.0, plotEnd = 98.0
    static let narrowestWidth = 320.0

    let length: Period.Length
    let slots: [Slot]
    private let slotOfPeriod: [Period: Int]

    init?(dates: [CalendarDate]) {
        let quarters = Self.slots(Set(dates.map { Period($0, length: .quarter) }))
        let slots = quarters.count <= Self.maximumQuarters ? quarters : Self.slots(Set(dates.map { Period($0, length: .year) }))
        guard case .period(let first)? = slots.first else { return nil }
        length = first.length
        self.slots = slots
        slotOfPeriod = Dictionary(uniqueKeysWithValues: slots.enumerated().compactMap { index, slot in
            if case .period(let period) = slot { (period, index) } else { nil }
        })
    }

    /// The slots over `periods`, in order, with each long empty run collapsed into a gap.
    static func slots(_ periods: Set<Period>) -> [Slot] {
        var slots: [Slot] = []
        for period in periods.sorted() {
            if case .period(let previous)? = slots.last {
                let empty = previous.periods(between: period)
                if empty > longestEmptyRun(previous.length) {
                    slots.append(.gap(first: previous.next, last: period.previous))
                } else {
                    var filler = previous.next
                    for _ in 0..<max(empty, 0) { slots.append(.period(filler)); filler = filler.next }
                }
            }
            slots.append(.period(period))
        }
        return slots
    }

    /// The most empty periods in a row drawn as such rather than collapsed into a gap.
    static func longestEmptyRun(_ length: Period.Length) -> Int { length == .quarter ? 4 : 2 }

    func slot(of date: CalendarDate) -> Int? { slotOfPeriod[Period(date, length: length)] }

    /// The slot's left and right edges, in percent of the chart's width.
    func span(_ slot: Int) -> (from: Double, to: Double) {
        let width = (Self.plotEnd - Self.plotStart) / Double(slots.count)
        return (Self.plotStart + Double(slot) * width, Self.plotStart + Double(slot + 1) * width)
    }

    func width(_ slot: Int) -> Double { span(slot).to - span(slot).from }
    func center(_ slot: Int) -> Double { (span(slot).from + span(slot).to) / 2 }

    /// Labels at the start of years (and at the first slot), left to right, each kept only
    /// when it clears the one before and the chart's edge at the narrowest width.
    func ticks() -> [TemplateValue] {
        var ticks: [TemplateValue] = []
        var clearFrom = 0.0
        for (index, slot) in slots.enumerated() {
            guard case .period(let period) = slot, period.startsYear || index == 0 else { continue }
            let label = period.startsYear ? String(period.year) : period.label
            let start = span(index).from / 100 * Self.narrowestWidth
            let end = start + ChartLabel.numericWidth(label, fontSize: ChartLabel.axisFontSize)
            guard start >= clearFrom, end <= Self.narrowestWidth else { continue }
            ticks.append(["x": .string(span(index).from.percent), "label": .string(label)])
            clearFrom = end + 8
        }
        return ticks
    }

    /// The collapsed runs of empty periods, as bands the charts shade.
    func gaps() -> [TemplateValue] {
        slots.indices.compactMap { index in
            guard case .gap(let first, let last) = slots[index] else { return nil }
            return ["x": .string(span(index).from.percent), "width": .string(width(index).percent),
                    "title": .string("No incidents from \(first.label) to \(last.label)")]
        }
    }

    /// `2024 Q3`, or `1981 – 2009` for a gap.
    func label(_ slot: Int) -> String {
        switch slots[slot] {
        case .period(let period): period.label
        case .gap(let first, let last): "\(first.label) – \(last.label)"
        }
    }

    var unitName: String { length == .quarter ? "quarter" : "year" }
}

extension Double {
    /// As an SVG length in percent: `12.5%`.
    var percent: String { NumberText.decimal(self) + "%" }
}
