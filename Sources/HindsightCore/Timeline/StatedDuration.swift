/// How long the prose says the incident lasted: "lasted for 3 hours", "for about 45
/// minutes", "from 10:35 to 13:22".
public struct StatedDuration: Sendable, Hashable, Codable {
    public var minutes: Int
    /// The line of the statement in the source file.
    public var line: Int
}
