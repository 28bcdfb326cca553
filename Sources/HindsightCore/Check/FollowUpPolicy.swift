import Foundation

/// When a follow-up is late: past its due date, or, when it has none, `followUpDays` after
/// its incident. Lateness and age are counted to `referenceDay`, set once per build, so that
/// two builds of the same day give the same bytes; `SOURCE_DATE_EPOCH` pins it.
public struct FollowUpPolicy: Sendable, Hashable {
    public static let defaultFollowUpDays = 56

    /// Days an item without a due date has before it is overdue (`follow_up_days`).
    public var followUpDays = Self.defaultFollowUpDays
    /// The day ages and lateness are counted to.
    public var referenceDay: CalendarDate

    public init(followUpDays: Int = Self.defaultFollowUpDays, referenceDay: CalendarDate = Self.today()) {
        self.followUpDays = followUpDays
        self.referenceDay = referenceDay
    }

    /// The day `SOURCE_DATE_EPOCH` names (seconds since 1970, the reproducible-builds
    /// convention), else today in UTC.
    public static func today(environment: [String: String] = ProcessInfo.processInfo.environment,
                             now: Date = Date()) -> CalendarDate {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap { Int($0.trimmed) } ?? Int(now.timeIntervalSince1970)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return CalendarDate(daysSince1970: days) ?? CalendarDate(year: 1970, month: 1, day: 1)!
    }

    /// The day the item is due: its own due date, or `followUpDays` after the incident.
    public func dueDay(of item: FollowUp, incidentDate: CalendarDate?) -> CalendarDate? {
        item.due ?? incidentDate?.adding(days: followUpDays)
    }

    /// Not done and past its due day.
    public func isOverdue(_ item: FollowUp, incidentDate: CalendarDate?) -> Bool {
        guard item.status != .done, let due = dueDay(of: item, incidentDate: incidentDate) else { return false }
        return due < referenceDay
    }

    /// Whole days from the incident to the reference day; nil when the incident has no date.
    public func age(sinceIncident date: CalendarDate?) -> Int? {
        date.map { max(0, referenceDay.daysSince1970 - $0.daysSince1970) }
    }
}
