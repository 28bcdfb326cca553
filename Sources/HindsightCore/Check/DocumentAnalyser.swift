/// The per-document half of the pipeline: read → parse → extract. Independent of every
/// other document, so the build runs it on all cores.
package struct DocumentAnalyser: Sendable {
    let parser: DocumentParser
    /// The site's default time zone.
    var timezone = "UTC"
    /// The lint rules, run on the same parse and extraction.
    var linter = Linter(settings: RuleSettings())

    package init(parser: DocumentParser, timezone: String = "UTC", linter: Linter = Linter(settings: RuleSettings())) {
        self.parser = parser
        self.timezone = timezone
        self.linter = linter
    }

    package struct Outcome: Sendable, Codable {
        package var incident: Incident?
        package var diagnostics: [Diagnostic]
        /// The front matter sets `slug:`: a clash is then a conflict, not a coincidence.
        package var declaresSlug = false

        package init(incident: Incident?, diagnostics: [Diagnostic], declaresSlug: Bool = false) {
            self.incident = incident
            self.diagnostics = diagnostics
            self.declaresSlug = declaresSlug
        }
    }

    package func analyse(_ file: SourceFile) -> Outcome {
        switch SourceText.read(file) {
        case .unusable(let diagnostic):
            return Outcome(incident: nil, diagnostics: [diagnostic])
        case .text(let text, let warnings):
            guard text.contains(where: { !$0.isWhitespace }) else {
                let empty = Diagnostic(file: file.displayPath, line: 1, severity: .warning, rule: "empty-document",
                                       message: "document is empty; no page was built for it")
                return Outcome(incident: nil, diagnostics: warnings + [empty])
            }
            var document = parser.parse(text, file: file)
            document.diagnostics = warnings + document.diagnostics
            var incident = IncidentExtractor.extract(document, timezone: timezone)
            incident.diagnostics += linter.diagnostics(for: document, incident: incident)
            return Outcome(incident: incident, diagnostics: incident.diagnostics,
                           declaresSlug: document.frontMatter?.text("slug") != nil)
        }
    }
}
