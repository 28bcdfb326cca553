import HindsightCore

/// A stretch of calendar time the archive charts count and measure by: a quarter, or a
/// whole year when the archive spans too many quarters to draw them legibly.
struct Period: Hashable, Comparable, Sendable {
    enum Length: Sendable { case quarter, year }

    let length: Length
    /// Quarters, or years, since year 0: consecutive periods have consecutive indices.
    let index: Int

    init(_ date: CalendarDate, length: Length) {
        self.length = length
        index = length == .quarter ? date.year * 4 + (date.month - 1) / 3 : date.year
    }

    private init(length: Length, index: Int) {
        self.length = length
        self.index = index
    }

    var year: Int { length == .quarter ? index / 4 : index }
    var quarter: Int { index % 4 + 1 }
    /// True for a year's first period, where the axis can label the year alone.
    var startsYear: Bool { length == .year || quarter == 1 }
    var next: Period { Period(length: length, index: index + 1) }
    var previous: Period { Period(length: length, index: index - 1) }
    /// The number of periods from this one to `other`, counting neither.
    func periods(between other: Period) -> Int { abs(other.index - index) - 1 }

    /// `2024 Q3`, or `2024`.
    var label: String { length == .quarter ? "\(year) Q\(quarter)" : String(year) }

    static func < (a: Self, b: Self) -> Bool { a.index < b.index }
}
