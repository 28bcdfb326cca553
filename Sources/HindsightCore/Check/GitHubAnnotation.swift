import Foundation

/// A finding as a GitHub Actions workflow command:
/// `::error file=content/a.md,line=3,col=1,title=no-author::no author: …`.
enum GitHubAnnotation {
    static func line(_ diagnostic: Diagnostic) -> String {
        var properties = ["file=\(escapeProperty(diagnostic.file))", "line=\(diagnostic.line)"]
        if let column = diagnostic.column { properties.append("col=\(column)") }
        properties.append("title=\(escapeProperty(diagnostic.rule))")
        return "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::\(escapeData(diagnostic.message))"
    }

    /// The runner reads `%`, CR and LF as escapes in messages; a raw newline would end the command.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Properties also end at `,` and `:`.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
