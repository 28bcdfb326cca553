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
    /// The clock as Hindsight read it (`12:03 PM`) when that is not as written: the times
    /// were out of order as written, and AM and PM were swapped to put them in order. Nil
    /// when the time was read as written.
    public var readAs: String?
    public var phase: Phase

    public init(rawTime: String, text: String, line: Int, day: CalendarDate? = nil, time: Instant? = nil,
                readAs: String? = nil, phase: Phase = .other) {
        self.rawTime = rawTime
        self.text = text
        self.line = line
        self.day = day
        self.time = time
        self.readAs = readAs
        self.phase = phase
    }
}
