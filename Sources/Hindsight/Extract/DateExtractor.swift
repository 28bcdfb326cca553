/// The day the incident happened: front matter `date` (or `start_time`, as public archives
/// write it), else a date labelled as the incident's ("Incident Date: …", a "## Incident
/// Date" section), else the first date of the text that is not the write-up's own
/// ("Posted on: …") — unless the timeline's days contradict it.
enum DateExtractor {
    static let frontMatterKeys = ["date", "start_time", "started_at", "incident_date"]

    static func date(in context: ExtractionContext) -> CalendarDate? {
        if let declared = frontMatterDate(context.frontMatter) { return declared }
        let dated = BlockText.texts(in: context.blocks).flatMap(DatedLine.all)
        if let labelled = dated.first(where: \.isIncidentDate) ?? incidentDateSection(in: context).first {
            return labelled.date
        }
        guard let first = dated.first(where: { !$0.isWriteUpDate }) else { return nil }
        return timelineCorrection(of: first.date, in: context) ?? first.date
    }

    private static func frontMatterDate(_ frontMatter: FrontMatter?) -> CalendarDate? {
        guard let frontMatter else { return nil }
        return frontMatterKeys.lazy.compactMap { frontMatter.text($0).flatMap(DayGrammar.firstDate) }.first
    }

    private static func incidentDateSection(in context: ExtractionContext) -> [DatedLine] {
        let section = context.section { DatedLine.isIncidentDateLabel(SectionNames.normalized($0)) } ?? []
        return BlockText.texts(in: section).flatMap(DatedLine.all)
    }

    /// A date in the title or header that falls outside the days the timeline covers was
    /// not the incident's day (a write-up date, a copied template): the timeline's first day is.
    private static func timelineCorrection(of date: CalendarDate, in context: ExtractionContext) -> CalendarDate? {
        guard let section = context.section(where: SectionNames.isTimeline) else { return nil }
        let days = BlockText.texts(in: section).flatMap(DatedLine.all).map(\.date)
        guard let earliest = days.min(), let latest = days.max(), !(earliest...latest).contains(date) else { return nil }
        return days.first
    }
}
