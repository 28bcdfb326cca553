import HindsightCore

/// A follow-up not done, with the position of the incident it came from and what the
/// reference day makes of it: its age and whether it is overdue. It holds the incident's
/// position rather than a copy: an archive can have tens of thousands of open items.
struct OpenFollowUp: Sendable {
    var item: FollowUp
    /// The incident's position in the archive's list.
    var incident: Int
    var ageDays: Int?
    var dueDay: CalendarDate?
    var isOverdue: Bool

    /// Every follow-up not done (open, or with no status stated), oldest incident first;
    /// incidents without a date last. Within an incident, in document order.
    static func all(in incidents: [Incident], policy: FollowUpPolicy) -> [OpenFollowUp] {
        let oldestFirst = incidents.indices.filter { !incidents[$0].followUps.isEmpty }.sorted { lhs, rhs in
            switch (incidents[lhs].date, incidents[rhs].date) {
            case let (left?, right?) where left != right: left < right
            case (nil, _?): false
            case (_?, nil): true
            default: incidents[lhs].source.utf8.lexicographicallyPrecedes(incidents[rhs].source.utf8)
            }
        }
        return oldestFirst.flatMap { position in
            let date = incidents[position].date
            return incidents[position].followUps.filter { $0.status != .done }.map { item in
                OpenFollowUp(item: item, incident: position, ageDays: policy.age(sinceIncident: date),
                             dueDay: policy.dueDay(of: item, incidentDate: date),
                             isOverdue: policy.isOverdue(item, incidentDate: date))
            }
        }
    }
}
