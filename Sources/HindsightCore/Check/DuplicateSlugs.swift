/// Documents that would be published at the same address. The build publishes both, the
/// later one as `slug-2`: an error when the document asked for its slug (links to it will
/// reach the other page), a warning when the slug was only derived from date and title.
package enum DuplicateSlugs {
    /// - Parameter outcomes: in source order, as the build numbers them.
    package static func diagnostics(_ outcomes: some Sequence<DocumentAnalyser.Outcome>, contentFolder: String) -> [Diagnostic] {
        // The source of the first document at each slug. Only the two strings are read:
        // copying each incident out was most of this step's time.
        var firstBySlug: [String: String] = [:]
        return outcomes.compactMap { outcome in
            guard let slug = outcome.incident?.slug, let source = outcome.incident?.source else { return nil }
            guard let first = firstBySlug[slug] else {
                firstBySlug[slug] = source
                return nil
            }
            let file = Path.join(contentFolder, source)
            return outcome.declaresSlug
                ? Diagnostic(file: file, line: 1, severity: .error, rule: "duplicate-slug",
                             message: "slug “\(slug)” is already \(first)’s; choose another `slug:`")
                : Diagnostic(file: file, line: 1, severity: .warning, rule: "slug-renumbered",
                             message: "“\(slug)” is already \(first)’s address; this page gets a number added (set `slug:` to choose)")
        }
    }
}
