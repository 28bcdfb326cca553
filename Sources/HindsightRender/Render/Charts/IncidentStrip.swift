import HindsightCore
import HindsightTemplates

/// Chart: every dated incident on one time axis, when it happened (x) and how long it
/// lasted (the mark's height, on a log scale; a short grey mark when nobody said).
///
/// Incidents closer than half a mark's width share one mark, as tall as the longest of
/// them, its tooltip counting them: they would be drawn over each other anyway. A large
/// archive then has a few hundred marks rather than one per incident, which keeps the
/// index light to load and quick to render.
struct IncidentStrip {
    let incidents: [Incident]
    let frame = ChartFrame(height: 180)
    static let markWidth = 2.0

    func context(axis: DateAxis, longest: Int) -> [String: TemplateValue] {
        let scale = DurationScale(longest: longest, frame: frame)
        let placed = incidents.indices.compactMap { order in
            incidents[order].date.map { date in
                Placed(x: axis.x(date) - Self.markWidth / 2, order: order, date: date, title: incidents[order].title,
                       minutes: incidents[order].timelineAnalysis.durationMinutes)
            }
        }
        let marks = Self.groups(placed).map { mark($0, scale: scale) }
        return frame.context.merging([
            "marks": .list(marks), "ticks": .list(axis.ticks()), "gridlines": .list(scale.gridlines()),
            "description": "\(placed.count) dated incidents from \(axis.first) to \(axis.last); each mark's height is how long the incident lasted, on a logarithmic scale.",
        ]) { _, new in new }
    }

    /// What a mark needs of an incident (copying whole incidents was most of the chart's
    /// cost); `order` is its place in the archive, which breaks ties in the sort.
    struct Placed {
        let x: Double
        let order: Int
        let date: CalendarDate
        let title: String
        let minutes: Int?
    }

    /// Left to right, each group starting at its first incident and taking the ones less
    /// than half a mark further right.
    static func groups(_ placed: [Placed]) -> [[Placed]] {
        var groups: [[Placed]] = []
        for item in placed.sorted(by: { ($0.x, $0.order) < ($1.x, $1.order) }) {
            if let start = groups.last?.first?.x, item.x - start < markWidth / 2 {
                groups[groups.count - 1].append(item)
            } else {
                groups.append([item])
            }
        }
        return groups
    }

    private func mark(_ group: [Placed], scale: DurationScale) -> TemplateValue {
        let longest = group.compactMap(\.minutes).max()
        let top = longest.map(scale.y) ?? frame.plotBottom - 6
        return [
            "x": .string(group[0].x.svg), "y": .string(top.svg), "height": .string(max(frame.plotBottom - top, 2).svg),
            "known": .bool(longest != nil), "tooltip": .string(Self.tooltip(group, longest: longest)),
        ]
    }

    /// One incident: its date, title and duration; several: how many, when, the longest.
    static func tooltip(_ group: [Placed], longest: Int?) -> String {
        let duration = longest.map { DurationText.minutes($0) }
        guard group.count > 1 else {
            return "\(group[0].date) · \(group[0].title)" + (duration.map { " · \($0)" } ?? "")
        }
        let dates = group.map(\.date)
        let first = dates.min()!, last = dates.max()!
        let when = first == last ? "on \(first)" : "from \(first) to \(last)"
        return "\(group.count) incidents \(when)" + (duration.map { " · longest \($0)" } ?? "")
    }
}
