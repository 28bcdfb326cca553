import HindsightCore
import HindsightTemplates

/// What a page shows of an incident's terms: each service, tag, the severity and the year
/// with the link to its taxonomy page, and the space-separated slugs the index's filters
/// match rows on (`data-terms="checkout-api latency"`).
enum TaxonomyLinks {
    static func context(_ incident: Incident, root: String) -> [String: TemplateValue] {
        var context: [String: TemplateValue] = [
            "services": .list(links(.service, incident, root: root)),
            "tags": .list(links(.tag, incident, root: root)),
            "year": .string(incident.date.map { String($0.year) } ?? ""),
            "severitySlug": .string(incident.severity.map(Slug.make) ?? ""),
            "termSlugs": .string(slugs(TaxonomyKind.service.names(of: incident) + TaxonomyKind.tag.names(of: incident))),
            "authorSlugs": .string(slugs(TaxonomyKind.author.names(of: incident))),
        ]
        context["yearURL"] = firstURL(.year, incident, root: root)
        context["severityURL"] = firstURL(.severity, incident, root: root)
        return context
    }

    private static func links(_ kind: TaxonomyKind, _ incident: Incident, root: String) -> [TemplateValue] {
        kind.names(of: incident).map { ["name": .string($0), "url": .string(root + kind.url(of: $0))] }
    }

    /// The page of the incident's one year or severity, when it has one.
    private static func firstURL(_ kind: TaxonomyKind, _ incident: Incident, root: String) -> TemplateValue? {
        kind.names(of: incident).first.map { .string(root + kind.url(of: $0)) }
    }

    private static func slugs(_ names: [String]) -> String {
        var seen: Set<String> = []
        return names.map(Slug.make).filter { seen.insert($0).inserted }.joined(separator: " ")
    }
}
