/// The day users were hurt, as a better date than the one the timeline opens with. A
/// timeline often starts with its cause, days before anyone was hurt ("16-10 PR merged",
/// then "24-10 04:45 availability drops"; "29 Nov 12:00 scaled up ahead of the sale", then
/// "30 Nov 08:24 first warning"): the incident happened when the hurt began.
///
/// Only a weak date gives way: the timeline's first day, or a date in the text that is one
/// of the timeline's entries. A date the document names as the incident's or its title's
/// stands.
///
/// A write-up's date ("Date:", front matter `date`) gives way the other way: a report
/// written on Dec 5 about spam that began on Nov 26 is dated by the timeline's Nov 26, as
/// `DateExtractor` dates it by a sentence that names the day.
enum ImpactDay {
    static func correction(of reading: DateExtractor.Reading, in incident: Incident) -> Candidate<CalendarDate>? {
        guard let chosen = reading.candidates.first, let start = incident.timelineAnalysis.moments.impactStart, start.isDated,
              let day = start.localDate, day != chosen.value,
              let entry = incident.timeline.first(where: { $0.time == start })
        else { return nil }
        let daysApart = day.daysSince1970 - chosen.value.daysSince1970
        if daysApart > 0, isTimelineDate(chosen, in: incident) {
            return Candidate(day, Provenance(.timeline, line: entry.line,
                                             detail: "the day impact began; the timeline opens \(daysApart) days earlier, with its cause"))
        }
        if daysApart < 0, reading.isWriteUpDate, -daysApart <= DateExtractor.writeUpLag {
            return Candidate(day, Provenance(.timeline, line: entry.line,
                                             detail: "the day impact began, \(-daysApart) days before the write-up's date"))
        }
        return nil
    }

    private static func isTimelineDate(_ chosen: Candidate<CalendarDate>, in incident: Incident) -> Bool {
        chosen.provenance.source == .timeline
            || (chosen.provenance.source == .text && incident.timeline.contains { $0.line == chosen.provenance.line })
    }
}
