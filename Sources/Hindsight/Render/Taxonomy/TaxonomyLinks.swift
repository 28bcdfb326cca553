/// What a page shows of an incident's terms: each service, tag, the severity and the year
/// with the link to its taxonomy page, and the space-separated slugs the index's filters
/// match rows on (`data-terms="checkout-api latency"`).
enum TaxonomyLinks {
    static func context(_ incident: Incident, root: String) -> [String: Any] {
        var context: [String: Any] = [
            "services": links(.service, incident, root: root),
            "tags": links(.tag, incident, root: root),
            "year": incident.date.map { String($0.year) } ?? "",
            "severitySlug": incident.severity.map(Slug.make) ?? "",
            "termSlugs": slugs(TaxonomyKind.service.names(of: incident) + TaxonomyKind.tag.names(of: incident)),
            "authorSlugs": slugs(TaxonomyKind.author.names(of: incident)),
        ]
        context["yearURL"] = links(.year, incident, root: root).first?["url"]
        context["severityURL"] = links(.severity, incident, root: root).first?["url"]
        return context
    }

    private static func links(_ kind: TaxonomyKind, _ incident: Incident, root: String) -> [[String: String]] {
        kind.names(of: incident).map { ["name": $0, "url": root + kind.url(of: $0)] }
    }

    private static func slugs(_ names: [String]) -> String {
        var seen: Set<String> = []
        return names.map(Slug.make).filter { seen.insert($0).inserted }.joined(separator: " ")
    }
}
