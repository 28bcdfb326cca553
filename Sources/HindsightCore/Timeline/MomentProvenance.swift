/// Where the impact window, the duration and each metric came from: the front-matter key
/// that set a moment (or the duration), else the sentence of the opening that told when
/// impact began, else the timeline entry it was read from, else the statement of the prose
/// the duration comes from.
struct MomentProvenance {
    let entries: [TimelineEntry]
    /// Where those entries stand: the timeline, or the timed sentences of a narrative.
    let entrySource: Provenance.Source
    let moments: KeyMoments
    /// The front-matter key that set each moment.
    let declared: [PartialKeyPath<KeyMoments>: String]
    let declaredDuration: DeclaredDuration?
    let frontMatter: FrontMatter?
    /// The length or window the prose states, which may have set when impact began.
    let stated: StatedDurationFinder.Finding?
    /// When the opening says impact began, if that began the window.
    let toldStart: ToldImpactStart?

    func record(_ analysis: TimelineAnalysis, in evidence: inout ExtractionEvidence) {
        let start = source(of: \.impactStart), end = source(of: \.resolved)
        evidence.record(.start, start)
        evidence.record(.end, end)
        let metrics = analysis.metrics
        evidence.record(.timeToDetect, metrics.timeToDetect.flatMap { _ in between(start, source(of: \.detected)) })
        evidence.record(.timeToAcknowledge, metrics.timeToAcknowledge.flatMap { _ in
            between(source(of: \.detected) ?? start, source(of: \.acknowledged))
        })
        evidence.record(.timeToMitigate, metrics.timeToMitigate.flatMap { _ in between(start, source(of: \.mitigated)) })
        evidence.record(.timeToResolve, metrics.timeToResolve.flatMap { _ in between(start, end) })
        if declaredDuration != nil {
            evidence.record(.durationMinutes, frontMatterKey(DeclaredDuration.key))
        } else if metrics.timeToResolve != nil {
            evidence.record(.durationMinutes, between(start, end))
        } else if let stated = analysis.statedDuration {
            evidence.record(.durationMinutes, Provenance(.stated, line: stated.line, detail: "a length or a window the text states"))
        } else {
            evidence.record(.durationMinutes, nil)
        }
    }

    /// The front-matter key or the timeline entry a moment was read from.
    private func source(of keyPath: KeyPath<KeyMoments, Instant?>) -> Provenance? {
        guard let instant = moments[keyPath: keyPath] else { return nil }
        if let key = declared[keyPath] {
            return frontMatterKey(key)
        }
        if keyPath == \KeyMoments.impactStart, let toldStart, toldStart.instant == instant {
            return Provenance(.stated, line: toldStart.line, detail: "the time the opening says impact began")
        }
        // A stated window begins impact before the timeline's first entry says so, or is
        // the only window there is.
        let mayBeStated = keyPath == \KeyMoments.impactStart || keyPath == \KeyMoments.resolved && !entries.contains { $0.time != nil }
        if mayBeStated, let stated, stated.window != nil, !entries.contains(where: { $0.time == instant }) {
            return Provenance(.stated, line: stated.duration.line, detail: "the window the text states")
        }
        // A restoration an entry states for later ("back to normal by 11:30") is that entry's.
        guard let entry = entries.first(where: { $0.time == instant }) ?? entries.last(where: { ($0.time.map { $0 <= instant }) ?? false })
        else { return nil }
        return Provenance(entrySource, line: entry.line, detail: "“\(entry.rawTime) \(Self.shortened(entry.text))”")
    }

    private func frontMatterKey(_ key: String) -> Provenance {
        Provenance(.frontMatter, line: frontMatter?.line(of: key), detail: "front matter key “\(key)”")
    }

    /// A length measured between two moments, from where they came from.
    private func between(_ from: Provenance?, _ to: Provenance?) -> Provenance? {
        guard let from, let to else { return nil }
        if from == to { return from }  // both ends of the window the text states
        let sources = [from.source, to.source]
        let source: Provenance.Source = sources.contains(.frontMatter) ? .frontMatter : sources.contains(.stated) ? .stated : from.source
        return Provenance(source, line: from.line, detail: "from \(from.detail) to \(to.detail)")
    }

    private static func shortened(_ text: String) -> String {
        let words = text.split(separator: " ")
        return words.count <= 8 ? text : words.prefix(8).joined(separator: " ") + "…"
    }
}
