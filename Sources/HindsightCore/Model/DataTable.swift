/// A GFM table of the document, every cell as plain text.
public struct DataTable: Sendable, Hashable, Codable {
    public var header: [String]
    public var rows: [[String]]
    /// The line of the table in the source file (not exported).
    public var line: Int = 0

    public init(header: [String], rows: [[String]], line: Int = 0) {
        self.header = header
        self.rows = rows
        self.line = line
    }

    private enum CodingKeys: String, CodingKey { case header, rows }
}
