/// One event of an incident's timeline, as written: the time exactly as the author wrote
/// it (without emphasis or the separator after it) and the event as plain text.
public struct TimelineEntry: Sendable, Hashable {
    public var rawTime: String
    public var text: String
    /// The line of the entry in the source file.
    public var line: Int

    public init(rawTime: String, text: String, line: Int) {
        self.rawTime = rawTime
        self.text = text
        self.line = line
    }
}
