/// The impact window of a document that keeps no timeline and states no duration, told in
/// its paragraphs as they happened: "At 14:45 UTC, the edge began returning 502 errors. … By
/// 15:30 UTC traffic was fully restored." (a blog post's account, a narrative report).
///
/// The timed sentences of the paragraphs are read as a prose timeline would be (see
/// `TimelineProseReader`), given phases, and measured as a timeline's window is, but only
/// when one of them says users were hurt and a later one that service came back. The
/// document still shows no timeline: a narrative with a few times in it is not one.
struct ProseWindow {
    /// The timed sentences the window was measured on, each with its phase.
    var entries: [TimelineEntry]
    var moments: KeyMoments

    /// A window longer than this is more likely two stories than one outage.
    static let longest = 3 * 24 * 60

    init?(context: ExtractionContext, clues: TimelineClues) {
        let paragraphs = context.blocks.filter { block in
            if case .paragraph = block.kind { return true }
            if case .list = block.kind { return true }
            return false
        }
        // Only paragraphs that may hold a clock are read sentence by sentence.
        let blocks = paragraphs.filter { ClockGrammar.mayHoldAClock(Substring($0.plainText)) }
            .flatMap { TimelineBlock.blocks(of: $0, context: context) }
        let sentences = TimelineProseReader(blocks: blocks).entries()
        // More timed sentences than a timeline may hold are a log pasted in, not a narrative.
        guard (2...TimelineExtractor.entryLimit).contains(sentences.count) else { return nil }
        var read = TimelineInterpreter.interpret(sentences, clues: clues).entries
        let words = PhaseClassifier.classify(&read)
        let timed = read.indices.compactMap { index in
            read[index].time.flatMap { $0.hasClock ? TimedEntry(time: $0, entry: read[index], words: words[index]) : nil }
        }
        guard timed.contains(where: { $0.entry.phase == .impact }) else { return nil }
        let moments = KeyMoments(timed: timed, stated: nil)
        guard let start = moments.impactStart, let end = moments.resolved, (1...Self.longest).contains(start.minutes(until: end))
        else { return nil }
        entries = read
        self.moments = moments
    }
}
