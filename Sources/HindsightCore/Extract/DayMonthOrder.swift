import Foundation

/// Decides in which order a document writes the day and the month of its all-numeric dates
/// (`01/10/2024`): as its dates whose order is settled write them (`25/09/2020` can only be
/// day first), else as the zone its author writes in (an American zone, month first; any
/// other, day first). When nothing settles it, a date keeps the reading its separator
/// usually has (slashes month first, dashes and dots day first) and is reported as ambiguous.
struct DayMonthOrder {
    let order: DayGrammar.NumericOrder?
    /// What settled the order, in words for a diagnostic.
    let reason: String?

    init(dated: [DatedLine], zones: [Zone]) {
        let settled = dated.filter { $0.order != nil && $0.otherOrder == nil && $0.date.day != $0.date.month }.compactMap(\.order)
        let monthFirst = settled.count { $0 == .monthFirst }, dayFirst = settled.count - monthFirst
        if monthFirst != dayFirst {
            order = monthFirst > dayFirst ? .monthFirst : .dayFirst
            reason = "the document's other dates"
        } else if let zone = zones.first {
            order = Self.isAmerican(zone) ? .monthFirst : .dayFirst
            reason = "the zone its times are written in (\(zone.label))"
        } else {
            order = nil
            reason = nil
        }
    }

    /// The date as the document's order reads it; nil when nothing settles an ambiguous one.
    func reading(of dated: DatedLine) -> CalendarDate? {
        guard let other = dated.otherOrder else { return dated.date }
        guard let order else { return nil }
        return order == dated.order ? dated.date : other
    }

    /// Zones west of Greenwich by three hours or more: the Americas, which write month first.
    private static func isAmerican(_ zone: Zone) -> Bool {
        switch zone {
        case .fixed(let seconds): seconds <= -3 * 3600
        case .region(let timeZone): timeZone.identifier.hasPrefix("America/") || timeZone.identifier.hasPrefix("US/")
        }
    }
}
