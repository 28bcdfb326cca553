/// What `hindsight check` found: the build's findings, without a site.
public struct CheckReport: Sendable {
    public var documentCount: Int
    /// Sorted by file and line.
    public var diagnostics: [Diagnostic]
    public var duration: Duration

    package init(documentCount: Int, diagnostics: [Diagnostic], duration: Duration) {
        self.documentCount = documentCount
        self.diagnostics = diagnostics
        self.duration = duration
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    public func failed(strict: Bool) -> Bool {
        errorCount > 0 || (strict && warningCount > 0)
    }

    public var summaryLine: String {
        let documents = documentCount == 1 ? "1 document" : "\(documentCount) documents"
        return "Checked \(documents): \(plural(warningCount, "warning")), \(plural(errorCount, "error"))"
    }

    private func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
