import HindsightCore
import HindsightTemplates

/// The index's filters: one list of choices per facet, from the taxonomy. The values are
/// the slugs that rows carry in their `data-` attributes; services and tags share one
/// filter because readers look for a system, whichever field its author used.
enum IndexFilters {
    static func context(_ taxonomy: Taxonomy) -> [TemplateValue] {
        [
            filter("year", "Year", taxonomy.terms(.year)),
            filter("severity", "Severity", taxonomy.terms(.severity)),
            filter("term", "Service or tag", merged(taxonomy.terms(.service) + taxonomy.terms(.tag))),
            filter("author", "Author", taxonomy.terms(.author)),
        ].compactMap { $0 }
    }

    /// Nil without terms: a filter with no choices is left out.
    private static func filter(_ key: String, _ label: String, _ terms: [TaxonomyTerm]) -> TemplateValue? {
        guard !terms.isEmpty else { return nil }
        return ["key": .string(key), "label": .string(label),
                "options": .list(terms.map { ["value": .string($0.slug), "label": .string($0.name)] })]
    }

    /// One choice per slug, alphabetically: a tag named like a service is offered once.
    private static func merged(_ terms: [TaxonomyTerm]) -> [TaxonomyTerm] {
        var seen: Set<String> = []
        return terms.filter { seen.insert($0.slug).inserted }
            .sorted { ($0.name.lowercased(), $0.slug) < ($1.name.lowercased(), $1.slug) }
    }
}
