import Foundation

/// How `hindsight check` prints its findings.
public enum CheckFormat: String, Sendable, CaseIterable {
    /// `path:line:column: severity: message [rule]`, then a count.
    case text
    /// GitHub Actions workflow commands, so findings annotate the pull request.
    case github
    /// One JSON array of findings.
    case json

    public func render(_ report: CheckReport) -> String {
        let findings = report.diagnostics.map(\.locatedToColumn)
        return switch self {
        case .text: (findings.map(\.formatted) + [report.summaryLine]).joined(separator: "\n") + "\n"
        case .github: (findings.map(GitHubAnnotation.line) + [report.summaryLine]).joined(separator: "\n") + "\n"
        case .json: JSONFindings.text(findings) + "\n"
        }
    }
}

private extension Diagnostic {
    /// Editors and CI parsers expect `path:line:column`; a finding about a line starts at its first column.
    var locatedToColumn: Diagnostic {
        var located = self
        located.column = column ?? 1
        return located
    }
}
