import Foundation

/// Findings as one JSON array of `{file, line, column, severity, rule, message}`.
enum JSONFindings {
    private struct Finding: Encodable {
        var file: String
        var line: Int
        var column: Int?
        var severity: Diagnostic.Severity
        var rule: String
        var message: String
    }

    static func text(_ diagnostics: [Diagnostic]) -> String {
        let findings = diagnostics.map {
            Finding(file: $0.file, line: $0.line, column: $0.column, severity: $0.severity, rule: $0.rule, message: $0.message)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding strings and integers cannot fail.
        return (try? encoder.encode(findings)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}
