import HindsightCore
import HindsightTemplates

/// Chart: one duration (`DurationMetric`) per period, as a distribution. Every incident is a
/// dot, on a log scale, coloured by severity; each period with at least
/// `markedFrom` known durations has its median and p90 marked; nothing joins one period to
/// the next. Incidents whose duration is unknown are dots in a row of their own below the
/// axis, apart from the scale, and counted.
///
/// Dots that would be drawn over each other (same period, within `bucketHeight` pixels and
/// in the same place across) are one dot whose tooltip counts them, which bounds the markup
/// for a large archive.
struct DurationDistribution {
    let metric: DurationMetric
    let incidents: [Incident]
    let axis: PeriodAxis
    let severities: SeverityClasses

    static let frame = ChartFrame(plotHeight: 150, below: 30)
    static let markedFrom = 3
    static let bucketHeight = 4.0
    /// Offsets across a slot, in slot widths, for dots at the same height.
    static let offsets = [0, -0.18, 0.18, -0.36, 0.36]

    /// One incident as a dot needs it; `order` is its place in the archive, for ties.
    struct Measured {
        let slot: Int
        let order: Int
        let date: CalendarDate
        let title: String
        let minutes: Int?
        let className: String
    }

    func measured() -> [Measured] {
        incidents.enumerated().compactMap { order, incident in
            guard let date = incident.date, let slot = axis.slot(of: date) else { return nil }
            return Measured(slot: slot, order: order, date: date, title: incident.title, minutes: metric.minutes(of: incident),
                            className: severities.className(incident.severity))
        }
    }

    /// Per slot, the known durations' median and p90.
    static func percentiles(_ measured: [Measured]) -> [Int: Percentiles] {
        Dictionary(grouping: measured.filter { $0.minutes != nil }, by: \.slot).compactMapValues { Percentiles($0.compactMap(\.minutes)) }
    }

    func context() -> [String: TemplateValue] {
        let measured = measured()
        let known = measured.filter { $0.minutes != nil }
        let frame = Self.frame
        let scale = DurationScale(covering: known.compactMap(\.minutes), top: ChartFrame.plotTop, bottom: frame.plotBottom)
        let unknownY = frame.belowAxis + 22
        let percentiles = Self.percentiles(measured)
        let marked = percentiles.keys.sorted().compactMap { slot in
            percentiles[slot].flatMap { $0.count >= Self.markedFrom ? (slot, $0) : nil }
        }
        let overall = Percentiles(known.compactMap(\.minutes))
        return frame.context.merging([
            "id": .string(metric.rawValue), "title": .string(metric.title + " per " + axis.unitName),
            "gridlines": .list(scale.gridlines()), "ticks": .list(axis.ticks()), "gaps": .list(axis.gaps()),
            "dots": .list(dots(known) { scale.y($0.minutes!) }),
            "medians": .list(marked.map { mark($0.0, y: scale.y($0.1.median), "median \(DurationText.minutes($0.1.median))", of: $0.1) }),
            "p90s": .list(marked.map { mark($0.0, y: scale.y($0.1.p90), "p90 \(DurationText.minutes($0.1.p90))", of: $0.1) }),
            "unknownDots": .list(dots(measured.filter { $0.minutes == nil }) { _ in unknownY }),
            "unknownLabelY": .string((unknownY - 9).svg),
            "unknownLabel": .string("Unknown: \(measured.count - known.count) of \(measured.count)"),
            "description": .string(description(measured: measured.count, overall: overall)),
        ]) { _, new in new }
    }

    private func description(measured: Int, overall: Percentiles?) -> String {
        guard let overall else { return "The \(metric.title.lowercased()) is unknown for all \(measured) dated incidents." }
        return "\(metric.title) of \(overall.count) of \(measured) dated incidents, per \(axis.unitName), one dot each, on a logarithmic scale;"
            + " the \(measured - overall.count) others are unknown and drawn apart. Over the whole archive the median is"
            + " \(DurationText.minutes(overall.median)) and the p90 \(DurationText.minutes(overall.p90))."
    }

    /// A median or p90 mark across most of its slot.
    private func mark(_ slot: Int, y: Double, _ what: String, of percentiles: Percentiles) -> TemplateValue {
        let inset = axis.width(slot) * 0.42
        return ["x1": .string((axis.center(slot) - inset).percent), "x2": .string((axis.center(slot) + inset).percent), "y": .string(y.svg),
                "tooltip": .string("\(axis.label(slot)): \(what) of \(percentiles.count) known")]
    }

    /// The dots of `measured` at the heights `y` gives, those that would coincide merged.
    private func dots(_ measured: [Measured], y: (Measured) -> Double) -> [TemplateValue] {
        struct Bucket: Hashable { let slot: Int; let height: Int }
        struct Place: Hashable { let bucket: Bucket; let offset: Int; let className: String }
        var groups: [Place: [Measured]] = [:]
        var dotsInBucket: [Bucket: Int] = [:]
        for item in measured.sorted(by: { ($0.slot, $0.minutes ?? 0, $0.order) < ($1.slot, $1.minutes ?? 0, $1.order) }) {
            let bucket = Bucket(slot: item.slot, height: Int(y(item) / Self.bucketHeight))
            let index = dotsInBucket[bucket, default: 0]
            dotsInBucket[bucket] = index + 1
            groups[Place(bucket: bucket, offset: index % Self.offsets.count, className: item.className), default: []].append(item)
        }
        return groups.sorted { ($0.key.bucket.slot, $0.value[0].order) < ($1.key.bucket.slot, $1.value[0].order) }.map { place, group in
            let slot = place.bucket.slot
            let x = axis.center(slot) + Self.offsets[place.offset] * axis.width(slot)
            return ["x": .string(x.percent), "y": .string(y(group[0]).svg), "className": .string(place.className),
                    "tooltip": .string(Self.tooltip(group, metric: metric))]
        }
    }

    /// One incident: its date, title and duration; several: how many, when, their range.
    static func tooltip(_ group: [Measured], metric: DurationMetric) -> String {
        let durations = group.compactMap(\.minutes).sorted()
        let duration = durations.first.map { first in
            first == durations.last! ? DurationText.minutes(first) : "\(DurationText.minutes(first)) to \(DurationText.minutes(durations.last!))"
        } ?? "unknown"
        guard group.count > 1 else { return "\(group[0].date) · \(group[0].title) · \(metric.title.lowercased()) \(duration)" }
        let dates = group.map(\.date)
        let first = dates.min()!, last = dates.max()!
        let when = first == last ? "on \(first)" : "from \(first) to \(last)"
        return "\(group.count) incidents \(when) · \(metric.title.lowercased()) \(duration)"
    }
}
