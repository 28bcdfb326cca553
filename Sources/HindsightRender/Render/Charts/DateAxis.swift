import HindsightCore
import HindsightTemplates

/// An axis over days: ticks on the first of January (every year, or every few years when
/// the archive spans decades), or on the first of each month when it spans little more
/// than a year.
struct DateAxis {
    let first: CalendarDate
    let last: CalendarDate
    let scale: LinearScale

    init(first: CalendarDate, last: CalendarDate, frame: ChartFrame) {
        self.first = first
        self.last = last
        scale = LinearScale(domain: (Double(first.daysSince1970), Double(last.daysSince1970 + 1)),
                            range: (frame.plotLeft, frame.plotRight))
    }

    func x(_ date: CalendarDate) -> Double { scale(Double(date.daysSince1970)) }

    func ticks() -> [TemplateValue] {
        let years = last.year - first.year
        let starts: [CalendarDate]
        if years >= 2 {
            let step = max(1, (years + 7) / 8)
            starts = stride(from: first.year + 1, through: last.year, by: step).compactMap { CalendarDate(year: $0, month: 1, day: 1) }
        } else {
            starts = Self.months(from: first, to: last).dropFirst().filter { ($0.month - 1) % (years >= 1 ? 3 : 1) == 0 }
        }
        return starts.map { ["x": .string(x($0).svg), "label": .string($0.month == 1 ? String($0.year) : "\($0.year)-\(NumberText.pad($0.month))")] }
    }

    /// The first day of every month from `first`'s to `last`'s.
    static func months(from first: CalendarDate, to last: CalendarDate) -> [CalendarDate] {
        var months: [CalendarDate] = []
        var year = first.year, month = first.month
        while (year, month) <= (last.year, last.month) {
            if let date = CalendarDate(year: year, month: month, day: 1) { months.append(date) }
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        return months
    }
}
