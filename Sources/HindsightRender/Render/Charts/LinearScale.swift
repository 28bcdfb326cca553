import HindsightCore

/// Maps a domain of numbers onto SVG coordinates (a range that may run backwards, as a
/// vertical axis does), rounded to two decimals so the markup stays small and identical
/// between builds.
struct LinearScale: Sendable {
    var domain: (from: Double, to: Double)
    var range: (from: Double, to: Double)

    /// The coordinate of `value`; the middle of the range when the domain is a single point.
    func callAsFunction(_ value: Double) -> Double {
        let width = domain.to - domain.from
        guard width != 0 else { return ((range.from + range.to) / 2).rounded2 }
        return (range.from + (value - domain.from) / width * (range.to - range.from)).rounded2
    }
}

extension Double {
    /// Rounded to two decimals.
    var rounded2: Double { (self * 100).rounded() / 100 }
    /// As SVG wants it: at most two decimals, no locale.
    var svg: String { NumberText.decimal(self) }
}
