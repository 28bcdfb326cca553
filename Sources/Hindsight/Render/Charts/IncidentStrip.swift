/// Chart: every dated incident on one time axis, when it happened (x) and how long it
/// lasted (the mark's height, on a log scale; a short grey mark when nobody said).
struct IncidentStrip {
    let incidents: [Incident]
    let frame = ChartFrame(height: 180)

    func context(axis: DateAxis, longest: Int) -> [String: Any] {
        let scale = DurationScale(longest: longest, frame: frame)
        let marks: [[String: Any]] = incidents.compactMap { incident in
            guard let date = incident.date else { return nil }
            let minutes = incident.timelineAnalysis.durationMinutes
            let top = minutes.map(scale.y) ?? frame.plotBottom - 6
            return [
                "x": (axis.x(date) - 1).svg, "y": top.svg, "height": max(frame.plotBottom - top, 2).svg,
                "known": minutes != nil,
                "tooltip": "\(date) · \(incident.title)" + (minutes.map { " · \(DurationText.minutes($0))" } ?? ""),
            ]
        }
        return frame.context.merging([
            "marks": marks, "ticks": axis.ticks(), "gridlines": scale.gridlines(),
            "description": "\(marks.count) dated incidents from \(axis.first) to \(axis.last); each mark's height is how long the incident lasted, on a logarithmic scale.",
        ]) { _, new in new }
    }
}
