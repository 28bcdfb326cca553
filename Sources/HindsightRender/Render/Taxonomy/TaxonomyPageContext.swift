import HindsightTemplates

/// The contexts of the taxonomy pages: one per term (`tags/latency/`), listing its incidents
/// in the same table as the index, and one per kind (`tags/`), listing its terms.
package enum TaxonomyPageContext {
    /// Where term pages sit below the site root (`tags/latency/`).
    package static let termRoot = "../../"

    /// - Parameter rows: every incident's row seen from `termRoot`, in archive order, made
    ///   once for all the term pages that list it.
    static func term(_ term: TaxonomyTerm, rows: [ListedIncident], config: SiteConfig) -> [String: TemplateValue] {
        PageContext.page(config, path: term.url, root: termRoot).merging([
            "term": .string(term.name),
            "kindTitle": .string(term.kind.singularTitle),
            "kindURL": .string(termRoot + term.kind.folder + "/"),
            "kindPluralTitle": .string(term.kind.pluralTitle),
            "incidents": .list(term.incidentPositions.map { .keyed(rows[$0]) }),
            "rows": .string(ListingRows.marker),
            "count": .int(term.incidentPositions.count),
        ]) { _, new in new }
    }

    static func kind(_ kind: TaxonomyKind, taxonomy: Taxonomy, config: SiteConfig) -> [String: TemplateValue] {
        let root = "../"
        let terms = taxonomy.terms(kind)
        return PageContext.page(config, path: kind.folder + "/", root: root).merging([
            "kindTitle": .string(kind.pluralTitle),
            "terms": .list(terms.map { ["name": .string($0.name), "url": .string(root + $0.url), "count": .int($0.incidentPositions.count)] }),
            "hasTerms": .bool(!terms.isEmpty),
        ]) { _, new in new }
    }

    /// The header's "Browse" links, on every page.
    static func browseLinks(root: String) -> [TemplateValue] {
        TaxonomyKind.allCases.map { ["title": .string($0.pluralTitle), "url": .string(root + $0.folder + "/")] }
            + [["title": "Follow-ups", "url": .string(root + FollowUpPages.folder)]]
    }
}
