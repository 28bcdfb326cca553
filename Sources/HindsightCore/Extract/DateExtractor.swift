/// The day the incident happened, chosen among every date the document gives, each with
/// where it came from:
///
/// 1. what names the incident's day outright: front matter `incident_date` or `start_time`,
///    a line labelled as the incident's date ("Incident Date: …", "Thought to have occurred:
///    …"), a section named so;
/// 2. what says the incident happened that day: the title ("DNS Outage on 2023-01-25"), a
///    sentence of the opening about it ("On June 28, 2024 we were notified…"), the
///    timeline's first day;
/// 3. a date that may be the write-up's own: front matter `date`, a "Date:" line;
/// 4. the first other date of the text, unless the timeline's days say otherwise.
///
/// A blog post's or a report's date comes after the incident it tells of: when the document
/// states the incident's own day up to 60 days before it, the incident's day wins.
enum DateExtractor {
    static let frontMatterKeys = ["date", "start_time", "started_at", "incident_date"]
    static let incidentFrontMatterKeys = ["incident_date", "start_time", "started_at"]

    /// How far before a write-up's date the incident it tells of may be.
    static let writeUpLag = 60

    /// The readings of the date, the chosen one first, and the diagnostic of a date whose
    /// day and month could swap and that nothing in the document settles.
    struct Reading {
        var candidates: [Candidate<CalendarDate>]
        var ambiguity: Diagnostic?
        /// True when the chosen date may be the write-up's own (front matter `date`, a
        /// "Date:" line) because nothing in the text named the incident's day before it.
        var isWriteUpDate = false
        /// The order the document writes day and month in, where its dates settle it.
        var dayMonthOrder: DayGrammar.NumericOrder?
    }

    static func reading(in context: ExtractionContext, title: Candidate<String>?) -> Reading {
        var dated = datedLines(in: context.blocks, context)
        var isUnsettled = false
        var dayMonthOrder: DayGrammar.NumericOrder?
        if dated.contains(where: { $0.line.otherOrder != nil }) {
            let order = DayMonthOrder(dated: dated.map(\.line), zones: zones(in: dated) + statedZones(in: context))
            dated = settled(dated, by: order)
            isUnsettled = order.order == nil
            dayMonthOrder = order.order
        }
        let candidates = candidates(dated, in: context, title: title)
        let isWriteUpDate = candidates.first.map { chosen in
            (frontMatterDates(context.frontMatter, keys: ["date"]) + dateLines(dated)).contains(chosen)
        } ?? false
        guard isUnsettled, let chosen = candidates.first,
              let ambiguous = dated.first(where: { $0.fileLine == chosen.provenance.line && $0.line.date == chosen.value }),
              let other = ambiguous.line.otherOrder
        else { return Reading(candidates: candidates, isWriteUpDate: isWriteUpDate, dayMonthOrder: dayMonthOrder) }
        return Reading(candidates: candidates, ambiguity: Diagnostic(
            file: context.document.file.displayPath, line: ambiguous.fileLine, severity: .warning, rule: "date-ambiguous",
            message: "the date could be \(chosen.value) or \(other): nothing in the document says whether the day or the month comes first; read as \(chosen.value), write it as YYYY-MM-DD or set `incident_date:` in the front matter"),
            isWriteUpDate: isWriteUpDate, dayMonthOrder: dayMonthOrder)
    }

    /// Every reading of the date, the chosen one first.
    private static func candidates(_ dated: [Dated], in context: ExtractionContext, title: Candidate<String>?) -> [Candidate<CalendarDate>] {
        let outright = frontMatterDates(context.frontMatter, keys: incidentFrontMatterKeys) + labelledDates(dated, in: context)
        let writeUps = frontMatterDates(context.frontMatter, keys: ["date"]) + dateLines(dated)
        // "Posted 2021-11-05": the write-up's own day, never the incident's, but the day the
        // incident's is told before.
        let writtenOn = writeUps.first?.value ?? dated.first { $0.line.isWriteUpDate && !$0.isCode }?.line.date
        // Only a write-up's date needs the sentences read: they are costly, and rarely matter.
        let statements = writtenOn.map { day -> [Candidate<CalendarDate>] in
            let withYears = titleDates(title) + statedDates(dated, in: context)
            // A day without its year is read only when no day with one came before the write-up.
            let withoutYears = withYears.contains { precedes($0.value, day) } ? [] : yearlessStatedDates(before: day, in: context)
            return withYears + withoutYears + timelineDays(dated, in: context).prefix(1)
        } ?? []
        var ranked = outright
        if let writtenOn {
            ranked += statements.filter { Self.precedes($0.value, writtenOn) }.prefix(1) + writeUps.prefix(1)
        }
        let others = otherDates(dated)
        if ranked.isEmpty, let first = others.first, let corrected = timelineCorrection(of: first.value, dated: dated, in: context) {
            ranked.append(corrected)
        }
        return ranked + others + statements + writeUps
    }

    /// True when `incident` is on `writeUp` or up to `writeUpLag` days before it.
    private static func precedes(_ incident: CalendarDate, _ writeUp: CalendarDate) -> Bool {
        (0...writeUpLag).contains(writeUp.daysSince1970 - incident.daysSince1970)
    }

    private static func frontMatterDates(_ frontMatter: FrontMatter?, keys: [String]) -> [Candidate<CalendarDate>] {
        guard let frontMatter else { return [] }
        return keys.compactMap { key in
            frontMatter.text(key).flatMap(DayGrammar.firstDate).map {
                Candidate($0, Provenance(.frontMatter, line: frontMatter.line(of: key), detail: "front matter key “\(key)”"))
            }
        }
    }

    /// "Incident Date: …", "Start Time: …", a "## Incident Date" section.
    private static func labelledDates(_ dated: [Dated], in context: ExtractionContext) -> [Candidate<CalendarDate>] {
        let labelled = dated.filter(\.line.isIncidentDate).map { dated in
            Candidate(dated.line.date, Provenance(.label, line: dated.fileLine, detail: "the “\(dated.line.label)” line"))
        }
        let section = context.section { DatedLine.isIncidentDateLabel(SectionNames.normalized($0)) } ?? []
        return labelled + datedLines(in: section, context).prefix(1).map {
            Candidate($0.line.date, Provenance(.section, line: $0.fileLine, detail: "the incident date section"))
        }
    }

    /// A date in the title: the title names the incident. Not a title made of the summary's
    /// first sentence, whose dates are read as the opening's.
    private static func titleDates(_ title: Candidate<String>?) -> [Candidate<CalendarDate>] {
        guard let title, title.provenance.source != .summary, let date = DayGrammar.firstDate(in: title.value) else { return [] }
        return [Candidate(date, Provenance(title.provenance.source, line: title.provenance.line, detail: "the date in the title"))]
    }

    /// Sentences that say the incident happened on a day, in the lede (the body's first
    /// blocks, where a report says what happened and when), the Impact section ("Affected
    /// all mobile users since 09/11/20") or the front matter's summary. A date elsewhere is
    /// more often a cause's or a fix's than the incident's.
    private static func statedDates(_ dated: [Dated], in context: ExtractionContext) -> [Candidate<CalendarDate>] {
        let summary = ["summary", "description"].compactMap { context.frontMatter?.text($0) }.flatMap(DatedLine.all).map { dated in
            Candidate(dated.date, Provenance(.frontMatter, line: nil, detail: "a sentence of the front matter's summary"))
        }
        let ledeEnd = ledeEndLine(in: context)
        let impactLines = context.section(where: SectionNames.isImpact).map { Set($0.map(context.line)) } ?? []
        return summary + dated.filter {
            ($0.fileLine < ledeEnd || impactLines.contains($0.fileLine))
                && $0.line.statesIncident && !$0.line.isWriteUpDate && $0.line.label.isEmpty
        }.map {
            Candidate($0.line.date, Provenance(.text, line: $0.fileLine, detail: $0.fileLine < ledeEnd
                ? "a sentence of the opening that says the incident happened that day"
                : "a sentence of the Impact section that says since when users were hurt"))
        }
    }

    /// "On Tuesday, November 2nd, our API was down", in a post of 2021-11-05: a day of the
    /// opening written without its year, in the year that puts it up to `writeUpLag` days
    /// before the write-up's; "Yesterday, …" and "On Friday, …", the days they name before it.
    private static func yearlessStatedDates(before writtenOn: CalendarDate, in context: ExtractionContext) -> [Candidate<CalendarDate>] {
        let ledeEnd = ledeEndLine(in: context)
        var found: [Candidate<CalendarDate>] = []
        for block in BlockText.located(in: context.blocks.prefix { context.line($0) < ledeEnd }, context: context) where !block.isCode {
            let tokens = TextToken.tokenize(Substring(block.text))
            var index = 0
            while index < tokens.count {
                let start = index
                guard let (day, end, detail) = dayRelative(to: writtenOn, at: index, in: tokens) else {
                    index += 1
                    continue
                }
                index = end
                let line = DatedLine(date: day, label: "", text: block.text, position: tokens[start].text.startIndex)
                guard line.statesIncident else { continue }
                found.append(Candidate(day, Provenance(.text, line: block.line,
                                                       detail: "a sentence of the opening that says the incident happened that day, \(detail)")))
            }
        }
        return found
    }

    /// A day written without its year (`March 7`), a weekday alone (`on Friday`) or
    /// `yesterday` at token `index`, placed up to `writeUpLag` days before the write-up's
    /// day; with the index after it and how it was placed.
    private static func dayRelative(to writtenOn: CalendarDate, at index: Int, in tokens: [TextToken]) -> (CalendarDate, Int, String)? {
        if tokens[index].lowercased == "yesterday" {
            return writtenOn.adding(days: -1).map { ($0, index + 1, "the day before the write-up's") }
        }
        guard let match = DayGrammar.match(at: index, in: tokens, allowWeekdayAlone: true), match.date == nil else { return nil }
        if match.isWeekdayAlone, let weekday = match.weekday {
            // The latest such weekday on or before the write-up's day.
            let back = (CalendarDate.weekday(ofDay: writtenOn.daysSince1970) - weekday + 7) % 7
            return writtenOn.adding(days: -back).map { ($0, match.tokens.upperBound, "the last such weekday up to the write-up's") }
        }
        guard let monthDay = match.monthDay else { return nil }
        let years = [writtenOn, CalendarDate(year: writtenOn.year - 1, month: 1, day: 1)]
        guard let day = years.lazy.compactMap({ monthDay.date(inYearOf: $0) }).first(where: { precedes($0, writtenOn) }) else { return nil }
        return (day, match.tokens.upperBound, "in the year of the write-up")
    }

    /// The line where the lede ends: at the second section heading (`## Background` after
    /// `## What happened?`), where the report moves on from saying what happened.
    private static func ledeEndLine(in context: ExtractionContext) -> Int {
        var sections = 0
        for block in context.blocks {
            guard case .heading(let level) = block.kind, level >= 2 else { continue }
            sections += 1
            if sections == 2 { return context.line(block) }
        }
        return Int.max
    }

    /// "Date: …" lines outside code (an HTTP header is no one's date): the incident's day or
    /// the write-up's, the text does not say which.
    private static func dateLines(_ dated: [Dated]) -> [Candidate<CalendarDate>] {
        dated.filter { $0.line.label == "date" && !$0.isCode }.map {
            Candidate($0.line.date, Provenance(.label, line: $0.fileLine, detail: "the “\($0.line.label)” line"))
        }
    }

    /// Every other date, in order, but the write-up's own ("Posted on: …"); those of another
    /// incident compared with this one ("like the outage on 2019-05-02") before the first of
    /// its own come last. Only the leading dates are read for a comparison: it is the first
    /// date that is chosen, and sentences are costly to find.
    private static func otherDates(_ dated: [Dated]) -> [Candidate<CalendarDate>] {
        let others = dated.filter { !$0.line.isWriteUpDate }
        let firstOwn = others.firstIndex { !$0.line.datesAnotherIncident } ?? others.endIndex
        return (others[firstOwn...] + others[..<firstOwn]).map {
            Candidate($0.line.date, Provenance($0.line.label.isEmpty ? .text : .label, line: $0.fileLine,
                                               detail: $0.line.label.isEmpty ? "a date in the text" : "the “\($0.line.label)” line"))
        }
    }

    /// A date in the title or header that falls outside the days the timeline covers was
    /// not the incident's day (a write-up date, a copied template): the timeline's first day is.
    private static func timelineCorrection(of date: CalendarDate, dated: [Dated], in context: ExtractionContext) -> Candidate<CalendarDate>? {
        let days = timelineDays(dated, in: context)
        guard let earliest = days.map(\.value).min(), let latest = days.map(\.value).max(),
              !(earliest...latest).contains(date)
        else { return nil }
        return days.first
    }

    /// The days the Timeline section writes, in order: found among the document's dated
    /// lines by their lines, up to the block after the section's last.
    private static func timelineDays(_ dated: [Dated], in context: ExtractionContext) -> [Candidate<CalendarDate>] {
        guard let section = context.section(where: SectionNames.isTimeline), let start = section.first.map(context.line) else { return [] }
        let next = context.blocks.drop { $0.line <= (section.last?.line ?? 0) }.first.map(context.line) ?? Int.max
        return dated.filter { (start..<next).contains($0.fileLine) }.map {
            Candidate($0.line.date, Provenance(.timeline, line: $0.fileLine, detail: "the timeline's first day"))
        }
    }

    /// The all-numeric dates read in the order the document writes them.
    private static func settled(_ dated: [Dated], by order: DayMonthOrder) -> [Dated] {
        dated.map { entry in
            guard let reading = order.reading(of: entry.line), reading != entry.line.date else { return entry }
            var line = entry.line
            (line.date, line.otherOrder) = (reading, line.date)
            line.order = line.order == .monthFirst ? .dayFirst : .monthFirst
            return (line, entry.fileLine, entry.isCode)
        }
    }

    /// The zone the document's dated lines write their times in, where they name one.
    private static func zones(in dated: [Dated]) -> [Zone] {
        var read: Set<String> = []
        for entry in dated where read.insert(entry.line.text).inserted {
            if let zone = ZoneMention.first(in: entry.line.text, allowUnknownInParentheses: false)?.zone { return [zone] }
        }
        return []
    }

    /// The zone the document says its times are in, where its dated lines name none: "All
    /// times are CET", a heading "Timeline (all times CET)".
    private static func statedZones(in context: ExtractionContext) -> [Zone] {
        if let stated = ZoneStatement.first(in: context.blocks), let zone = ZoneMention(text: stated.text).zone { return [zone] }
        for block in context.blocks {
            guard case .heading = block.kind else { continue }
            if let zone = ZoneMention.first(in: block.plainText, allowUnknownInParentheses: false)?.zone { return [zone] }
        }
        return []
    }

    private typealias Dated = (line: DatedLine, fileLine: Int, isCode: Bool)

    /// The dated lines of blocks, with the file line of the block each stands in.
    private static func datedLines(in blocks: some Sequence<MarkdownNode>, _ context: ExtractionContext) -> [Dated] {
        BlockText.located(in: blocks, context: context).flatMap { block in
            DatedLine.all(in: block.text).map { ($0, block.line, block.isCode) }
        }
    }
}
