/// A problem found in a document, located at a line of its file.
public struct Diagnostic: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
        case warning
        case error

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .warning && rhs == .error }
    }

    /// The file as the user named it (relative to the working directory when possible);
    /// empty for a problem no file holds, such as a command-line option's.
    public var file: String
    public var line: Int
    public var column: Int?
    public var severity: Severity
    /// A stable identifier, such as `front-matter-invalid`.
    public var rule: String
    public var message: String

    public init(file: String, line: Int, column: Int? = nil, severity: Severity, rule: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.rule = rule
        self.message = message
    }

    /// The compiler-style line `build` and `check` print: `path:line:column: error: message [rule]`,
    /// or `error: message [rule]` without a file. A finding about a whole line is at its first
    /// column: editors and CI problem matchers expect the column, and one format serves both commands.
    public var formatted: String {
        let location = file.isEmpty ? "" : "\(file):\(line):\(column ?? 1): "
        return "\(location)\(severity.rawValue): \(message) [\(rule)]"
    }
}
