/// Documents that would be published at the same address. The build publishes both, the
/// later one as `slug-2`: an error when the document asked for its slug (links to it will
/// reach the other page), a warning when the slug was only derived from date and title.
enum DuplicateSlugs {
    /// - Parameter outcomes: in source order, as the build numbers them.
    static func diagnostics(_ outcomes: [DocumentAnalyser.Outcome], contentFolder: String) -> [Diagnostic] {
        var firstBySlug: [String: Incident] = [:]
        return outcomes.compactMap { outcome in
            guard let incident = outcome.incident else { return nil }
            guard let first = firstBySlug[incident.slug] else {
                firstBySlug[incident.slug] = incident
                return nil
            }
            let file = Path.join(contentFolder, incident.source)
            return outcome.declaresSlug
                ? Diagnostic(file: file, line: 1, severity: .error, rule: "duplicate-slug",
                             message: "slug “\(incident.slug)” is already \(first.source)’s; choose another `slug:`")
                : Diagnostic(file: file, line: 1, severity: .warning, rule: "slug-renumbered",
                             message: "“\(incident.slug)” is already \(first.source)’s address; this page gets a number added (set `slug:` to choose)")
        }
    }
}
