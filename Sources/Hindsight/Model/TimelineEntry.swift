/// One event of an incident's timeline, as written: the time exactly as the author wrote
/// it (without emphasis or the separator after it) and the event as plain text; then, once
/// the timeline is interpreted, when it happened and which phase of the incident it marks.
public struct TimelineEntry: Sendable, Hashable, Codable {
    public var rawTime: String
    public var text: String
    /// The line of the entry in the source file.
    public var line: Int
    /// The day of a day line above the entry (`2019-01-22` alone, heading that day's
    /// entries), for a time that does not say its own.
    public var day: CalendarDate?
    /// When the event happened; nil when its time could not be read.
    public var time: Instant?
    public var phase: Phase

    public init(rawTime: String, text: String, line: Int, day: CalendarDate? = nil, time: Instant? = nil, phase: Phase = .other) {
        self.rawTime = rawTime
        self.text = text
        self.line = line
        self.day = day
        self.time = time
        self.phase = phase
    }
}
