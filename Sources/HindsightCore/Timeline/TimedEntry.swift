/// A timeline event whose time could be read.
struct TimedEntry {
    var time: Instant
    var entry: TimelineEntry
    /// The event's words as `PhaseClassifier` reads them, made once for its phase and for the
    /// impact window's several questions (is it marked, does it name a problem, a full restoration).
    var words: [String]

    init(time: Instant, entry: TimelineEntry, words: [String]) {
        self.time = time
        self.entry = entry
        self.words = words
    }
}
