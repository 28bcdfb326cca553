import HindsightCore

/// Where each timeline event sits along the axis, from 0 to 1: by its time when times were
/// read, by its order (evenly spaced) when none were. An event whose time could not be read
/// sits between its neighbours.
struct EventPositions {
    /// One per entry, in 0...1.
    let shares: [Double]
    /// True when the positions say nothing about time, only order.
    let byOrderOnly: Bool
    let first: Instant?
    let last: Instant?

    init(_ entries: [TimelineEntry]) {
        let times = entries.compactMap(\.time)
        guard let first = times.min(), let last = times.max(), last > first || times.count == entries.count else {
            let steps = Double(max(entries.count - 1, 1))
            shares = entries.indices.map { entries.count == 1 ? 0.5 : Double($0) / steps }
            byOrderOnly = true
            self.first = times.min()
            self.last = times.max()
            return
        }
        let span = Double(max(last.utcSeconds - first.utcSeconds, 1))
        let known = entries.map { entry in entry.time.map { last > first ? Double($0.utcSeconds - first.utcSeconds) / span : 0.5 } }
        shares = Self.filled(known)
        byOrderOnly = false
        self.first = first
        self.last = last
    }

    /// Unknown shares evenly spread between the known ones around them.
    private static func filled(_ known: [Double?]) -> [Double] {
        var shares: [Double] = []
        var index = 0
        while index < known.count {
            if let share = known[index] {
                shares.append(share)
                index += 1
                continue
            }
            let gapEnd = known[index...].firstIndex { $0 != nil } ?? known.count
            let before = shares.last ?? 0
            let after = gapEnd < known.count ? known[gapEnd]! : 1
            let count = gapEnd - index
            for step in 1...count {
                shares.append(before + (after - before) * Double(step) / Double(count + 1))
            }
            index = gapEnd
        }
        return shares
    }
}
