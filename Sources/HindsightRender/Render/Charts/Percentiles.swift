/// The median and the 90th percentile of a set of durations, by nearest rank: the value at
/// rank ⌈p·n⌉ of the sorted values. Nearest rank never interpolates, so each figure is a
/// duration some incident actually had; with fewer than ten values the p90 is the longest.
/// Never a mean: a few long incidents would drag it far from any typical one.
struct Percentiles: Equatable, Sendable {
    let count: Int
    let median: Int
    let p90: Int

    init?(_ values: [Int]) {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        count = sorted.count
        median = Self.nearestRank(0.5, of: sorted)
        p90 = Self.nearestRank(0.9, of: sorted)
    }

    /// The value at rank ⌈p·n⌉ (1-based) of `sorted`, which must not be empty.
    static func nearestRank(_ p: Double, of sorted: [Int]) -> Int {
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
