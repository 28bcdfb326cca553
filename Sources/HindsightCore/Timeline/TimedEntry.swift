/// A timeline event whose time could be read.
struct TimedEntry {
    var time: Instant
    var entry: TimelineEntry
    /// The event's words as `PhaseClassifier` reads them, made once: the impact window asks
    /// each event several questions (is it marked, does it name a problem, a full restoration).
    var words: [String]

    init(time: Instant, entry: TimelineEntry) {
        self.time = time
        self.entry = entry
        words = PhaseClassifier.words(of: entry.text)
    }
}
