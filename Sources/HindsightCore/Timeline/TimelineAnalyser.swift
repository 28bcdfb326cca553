/// Understands an extracted incident's timeline: reads its times, gives each event a
/// phase, finds the key moments (front matter wins over the timeline), computes the
/// metrics and the duration, and reports what it assumed or could not do.
struct TimelineAnalyser {
    let context: ExtractionContext
    /// The site's default zone, as `hindsight.yml` names it.
    let siteZoneName: String
    /// The order of day and month the document's dates settle, for the timeline's `01/10/2024`.
    var dayMonthOrder: DayGrammar.NumericOrder? = nil

    func analyse(_ incident: inout Incident) {
        let clues = clues(for: incident)
        let interpreted = TimelineInterpreter.interpret(incident.timeline, clues: clues)
        var entries = interpreted.entries
        let words = PhaseClassifier.classify(&entries)
        let measuredIndices = measuredIndices(entries)
        let measured = measuredIndices.map { entries[$0] }
        let timed = measuredIndices.compactMap { index in
            entries[index].time.map { TimedEntry(time: $0, entry: entries[index], words: words[index]) }
        }
        var analysis = TimelineAnalysis()
        analysis.zone = interpreted.zone
        analysis.status = Self.status(measured, repairs: interpreted.repairs)
        let stated = StatedDurationFinder.first(in: context)
        analysis.statedDuration = stated?.duration
        var fromTimeline = KeyMoments(timed: timed, stated: stated)
        let toldStart = toldStart(before: fromTimeline, timed: timed)
        if let toldStart { fromTimeline.impactStart = toldStart.instant }
        analysis.moments = fromTimeline
        // With no window on the timeline, the one the prose states is when users were hurt.
        if fromTimeline.impactStart == nil, fromTimeline.resolved == nil, let window = stated?.window,
           let (start, end) = TimelineInterpreter.instants(of: window, clues: clues) {
            analysis.moments.impactStart = start
            analysis.moments.resolved = end
        }
        // With no timeline and no stated length, a narrative's timed sentences may tell the window.
        let proseWindow = incident.timeline.isEmpty && stated == nil ? ProseWindow(context: context, clues: clues) : nil
        if let proseWindow { analysis.moments = proseWindow.moments }
        let declared = ExplicitMoments(frontMatter: context.frontMatter, clues: clues, zone: interpreted.zone).apply(to: &analysis.moments)
        analysis.metrics = IncidentMetrics(analysis.moments)
        let declaredDuration = DeclaredDuration(context.frontMatter)
        analysis.durationMinutes = declaredDuration?.minutes ?? analysis.metrics.timeToResolve ?? analysis.statedDuration?.minutes
        incident.timeline = entries
        incident.timelineAnalysis = analysis
        MomentProvenance(entries: proseWindow?.entries ?? entries, entrySource: proseWindow == nil ? .timeline : .text,
                         moments: analysis.moments, declared: declared, declaredDuration: declaredDuration,
                         frontMatter: context.frontMatter, stated: stated, toldStart: toldStart)
            .record(analysis, in: &incident.evidence)
        let measuredOnTimeline = declaredDuration == nil
            && analysis.moments.impactStart == fromTimeline.impactStart && analysis.moments.resolved == fromTimeline.resolved
        incident.diagnostics += interpreted.diagnostics + (measuredOnTimeline ? mismatch(analysis, entries: measured, clues: clues) : [])
    }

    /// When the opening says impact began, a little before the timeline's window does; not
    /// when an entry marks the outage's start in so many words (`OUTAGE BEGINS`).
    private func toldStart(before moments: KeyMoments, timed: [TimedEntry]) -> ToldImpactStart? {
        guard let start = moments.impactStart, moments.resolved != nil, let first = timed.first,
              let told = ToldImpactStart.find(in: context, above: first.entry.line, before: start),
              !timed.contains(where: { ImpactMarker.phase(in: $0.words) == .impact })
        else { return nil }
        return told
    }

    /// The entries the incident is measured by: all but a template's placeholder rows
    /// (`00:00 | _Detected: how we found out._`), which would make it last no time at all.
    /// Documents are searched for placeholders only when a zero clock is there to explain.
    private func measuredIndices(_ entries: [TimelineEntry]) -> [Int] {
        guard entries.contains(where: { Placeholders.isZeroClock($0.rawTime) }) else { return Array(entries.indices) }
        let placeholders = Placeholders(in: context)
        return entries.indices.filter { !placeholders.isPlaceholderTime(entries[$0]) }
    }

    private func clues(for incident: Incident) -> TimelineClues {
        var clues = TimelineClues(file: context.document.file.displayPath, day: incident.date)
        clues.dayMonthOrder = dayMonthOrder
        clues.siteZone = ZoneNames.zone(named: siteZoneName) ?? .utc
        clues.siteZoneName = siteZoneName
        if let first = incident.timeline.first {
            clues.headerZone = headerZone(before: first.line, in: incident)
        }
        if let key = ["timezone", "time_zone", "tz"].first(where: { context.frontMatter?.text($0) != nil }),
           let frontMatter = context.frontMatter, let name = frontMatter.text(key) {
            clues.frontMatterZone = .init(text: name, line: frontMatter.line(of: key))
        }
        clues.statedZone = ZoneStatement.first(in: context.blocks)
        return clues
    }

    /// A zone in the header of the table that holds the timeline (`Time (GMT + 2)`), else in
    /// the heading right above it (`Timeline (UTC)`).
    private func headerZone(before line: Int, in incident: Incident) -> TimelineClues.Named? {
        if let table = incident.tables.first(where: { $0.line < line && line <= $0.line + 1 + $0.rows.count }) {
            return ZoneMention.first(in: table.header.joined(separator: " "), allowUnknownInParentheses: true)
                .map { .init(text: $0.text, line: table.line) }
        }
        guard let heading = incident.sections.last(where: { $0.line < line }) else { return nil }
        return ZoneMention.first(in: heading.title, allowUnknownInParentheses: false).map { .init(text: $0.text, line: heading.line) }
    }

    private static func status(_ entries: [TimelineEntry], repairs: Int) -> TimelineAnalysis.Status {
        let timed = entries.count { $0.time != nil }
        switch timed {
        case _ where entries.isEmpty: return .empty
        case 0: return .uninterpreted
        case entries.count: return repairs > 0 ? .repaired : .interpreted
        default: return .partial
        }
    }

    /// A stated duration more than a quarter away from the timeline's is worth a look. Not
    /// when front matter states when impact began or ended, or how long it lasted: the
    /// author measured the incident there, and the prose may well describe a part of it.
    ///
    /// A stated duration more than a quarter away from the timeline's is worth a look. Authors
    /// measure either the impact window or the whole incident, first event to last ("lasted
    /// 3 hours" from the upgrade to the recovery): agreeing with either is agreeing.
    private func mismatch(_ analysis: TimelineAnalysis, entries: [TimelineEntry], clues: TimelineClues) -> [Diagnostic] {
        guard let stated = analysis.statedDuration, let measured = analysis.metrics.timeToResolve, measured > 0 else { return [] }
        let times = entries.compactMap(\.time)
        let span = times.max().flatMap { last in times.min().map { (last.utcSeconds - $0.utcSeconds) / 60 } }
        func agrees(_ minutes: Int?) -> Bool {
            guard let minutes, minutes > 0 else { return false }
            return abs(stated.minutes - minutes) * 4 <= minutes
        }
        guard !agrees(measured), !agrees(span) else { return [] }
        return [Diagnostic(file: clues.file, line: stated.line, severity: .warning, rule: "duration-mismatch",
                           message: "the text states a duration of \(DurationText.minutes(stated.minutes)), but the timeline runs \(DurationText.minutes(measured)) from impact to resolution")]
    }
}
