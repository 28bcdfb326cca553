/// A problem found in a document, located at a line of its file.
public struct Diagnostic: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
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

    /// The compiler-style line: `path:line: error: message [rule]`, or `error: message [rule]`
    /// without a file.
    public var formatted: String {
        let position = column.map { "\(line):\($0)" } ?? "\(line)"
        let location = file.isEmpty ? "" : "\(file):\(position): "
        return "\(location)\(severity.rawValue): \(message) [\(rule)]"
    }
}
