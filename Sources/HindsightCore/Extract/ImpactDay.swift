/// The day users were hurt, as a better date than the one the timeline opens with. A
/// timeline often starts with its cause, days before anyone was hurt ("16-10 PR merged",
/// then "24-10 04:45 availability drops"; "29 Nov 12:00 scaled up ahead of the sale", then
/// "30 Nov 08:24 first warning"): the incident happened when the hurt began.
///
/// Only a weak date gives way: the timeline's first day, or a date in the text that is one
/// of the timeline's entries. A date the document names as the incident's, its title's or a
/// "Date:" line's stands.
enum ImpactDay {
    static func correction(of chosen: Candidate<CalendarDate>?, in incident: Incident) -> Candidate<CalendarDate>? {
        guard let chosen, let start = incident.timelineAnalysis.moments.impactStart, start.isDated,
              let day = start.localDate, day > chosen.value,
              let entry = incident.timeline.first(where: { $0.time == start })
        else { return nil }
        let isTimelineDate = chosen.provenance.source == .timeline
            || (chosen.provenance.source == .text && incident.timeline.contains { $0.line == chosen.provenance.line })
        guard isTimelineDate else { return nil }
        return Candidate(day, Provenance(.timeline, line: entry.line,
                                         detail: "the day impact began; the timeline opens \(day.daysSince1970 - chosen.value.daysSince1970) days earlier, with its cause"))
    }
}
