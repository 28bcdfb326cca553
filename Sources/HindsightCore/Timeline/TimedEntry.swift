/// A timeline event whose time could be read.
struct TimedEntry {
    var time: Instant
    var entry: TimelineEntry
}
