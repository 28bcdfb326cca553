/// One check of a postmortem, reported under a stable id that `hindsight.yml` can set to
/// off, warning or error. Rules see a document already analysed by the build: they
/// read the parse and the extraction, never the file again.
protocol LintRule: Sendable {
    var id: String { get }
    func findings(in document: LintedDocument) -> [Finding]
}

/// A problem a rule found: where, and what a reader should do about it.
struct Finding: Sendable, Hashable {
    var line: Int
    var message: String
}

extension LintRule {
    /// The findings as diagnostics, at the rule's default level (`RuleSettings` applies the site's).
    func diagnostics(in document: LintedDocument) -> [Diagnostic] {
        let severity = RuleCatalog.defaultLevels[id]?.severity ?? .warning
        return findings(in: document).map { finding in
            Diagnostic(file: document.parsed.file.displayPath, line: finding.line, severity: severity,
                       rule: id, message: finding.message)
        }
    }
}
