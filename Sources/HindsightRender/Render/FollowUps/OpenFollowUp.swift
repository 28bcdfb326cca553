import HindsightCore

/// A follow-up not done, with the incident it came from and what the reference day makes
/// of it: its age and whether it is overdue.
struct OpenFollowUp {
    var item: FollowUp
    var incident: Incident
    var ageDays: Int?
    var dueDay: CalendarDate?
    var isOverdue: Bool

    /// Every follow-up not done (open, or with no status stated), oldest incident first;
    /// incidents without a date last. Within an incident, in document order.
    static func all(in incidents: [Incident], policy: FollowUpPolicy) -> [OpenFollowUp] {
        let oldestFirst = incidents.filter { !$0.followUps.isEmpty }.sorted { lhs, rhs in
            switch (lhs.date, rhs.date) {
            case let (left?, right?) where left != right: left < right
            case (nil, _?): false
            case (_?, nil): true
            default: lhs.source.utf8.lexicographicallyPrecedes(rhs.source.utf8)
            }
        }
        return oldestFirst.flatMap { incident in
            incident.followUps.filter { $0.status != .done }.map { item in
                OpenFollowUp(item: item, incident: incident, ageDays: policy.age(sinceIncident: incident.date),
                             dueDay: policy.dueDay(of: item, incidentDate: incident.date),
                             isOverdue: policy.isOverdue(item, incidentDate: incident.date))
            }
        }
    }

    /// The quarter of its incident, `2024 Q3`; nil without a date.
    var quarter: String? {
        incident.date.map { "\($0.year) Q\(($0.month - 1) / 3 + 1)" }
    }
}
