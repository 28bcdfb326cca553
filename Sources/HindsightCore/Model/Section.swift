/// A heading of the document, in order.
public struct Section: Sendable, Hashable, Codable {
    public var title: String
    public var level: Int
    /// The line of the heading in the source file.
    public var line: Int

    public init(title: String, level: Int, line: Int) {
        self.title = title
        self.level = level
        self.line = line
    }
}
