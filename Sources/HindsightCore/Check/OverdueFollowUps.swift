/// Follow-ups still open past their due day (see `FollowUpPolicy`). An archive-wide check,
/// run after the analyses (cached or not) like `DuplicateSlugs`: lateness changes with the
/// day, not with the document.
package enum OverdueFollowUps {
    package static let rule = "follow-up-overdue"

    package static func diagnostics(_ incidents: some Sequence<Incident>, contentFolder: String,
                                    policy: FollowUpPolicy) -> [Diagnostic] {
        incidents.flatMap { incident in
            incident.followUps.compactMap { item -> Diagnostic? in
                guard policy.isOverdue(item, incidentDate: incident.date),
                      let due = policy.dueDay(of: item, incidentDate: incident.date) else { return nil }
                let days = policy.referenceDay.daysSince1970 - due.daysSince1970
                let since = item.due == nil ? "due \(policy.followUpDays) days after the incident, on \(due)" : "due \(due)"
                return Diagnostic(file: Path.join(contentFolder, incident.source), line: item.line, severity: .warning, rule: rule,
                                  message: "follow-up overdue by \(days) days (\(since)): “\(FollowUpMessages.quoted(item.text))”")
            }
        }
    }
}
