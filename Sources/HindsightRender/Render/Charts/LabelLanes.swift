/// Stacks labels in lanes so that none overlap: each label, in order of position, goes into
/// the first lane where it clears the previous label by a gap.
struct LabelLanes {
    struct Placement: Equatable {
        var lane: Int
        /// Where the label's text starts, and whether it runs right (`start`) or left (`end`)
        /// of its anchor; a label that would leave the chart runs left.
        var anchorsAtEnd: Bool
    }

    let width: Double
    var gap = 8.0
    private var laneEnds: [Double] = []

    init(width: Double) { self.width = width }

    var count: Int { laneEnds.count }

    mutating func place(at x: Double, labelWidth: Double) -> Placement {
        let anchorsAtEnd = x + labelWidth > width
        let start = anchorsAtEnd ? x - labelWidth : x
        let lane = laneEnds.firstIndex { $0 + gap <= start } ?? laneEnds.count
        if lane == laneEnds.count { laneEnds.append(0) }
        laneEnds[lane] = start + labelWidth
        return Placement(lane: lane, anchorsAtEnd: anchorsAtEnd)
    }
}
