/// The contexts of the taxonomy pages: one per term (`tags/latency/`), listing its incidents
/// in the same table as the index, and one per kind (`tags/`), listing its terms.
enum TaxonomyPageContext {
    /// Where term pages sit below the site root (`tags/latency/`).
    static let termRoot = "../../"

    /// - Parameter rows: every incident's row seen from `termRoot`, in archive order, made
    ///   once for all the term pages that list it.
    static func term(_ term: TaxonomyTerm, rows: [ListedIncident], config: SiteConfig) -> [String: Any] {
        PageContext.page(config, path: term.url, root: termRoot).merging([
            "term": term.name,
            "kindTitle": term.kind.singularTitle,
            "kindURL": termRoot + term.kind.folder + "/",
            "kindPluralTitle": term.kind.pluralTitle,
            "incidents": term.incidentPositions.map { rows[$0] },
            "rows": ListingRows.marker,
            "count": term.incidentPositions.count,
        ]) { _, new in new }
    }

    static func kind(_ kind: TaxonomyKind, taxonomy: Taxonomy, config: SiteConfig) -> [String: Any] {
        let root = "../"
        let terms = taxonomy.terms(kind)
        return PageContext.page(config, path: kind.folder + "/", root: root).merging([
            "kindTitle": kind.pluralTitle,
            "terms": terms.map { ["name": $0.name, "url": root + $0.url, "count": $0.incidentPositions.count] },
            "hasTerms": !terms.isEmpty,
        ]) { _, new in new }
    }

    /// The header's "Browse" links, on every page.
    static func browseLinks(root: String) -> [[String: String]] {
        TaxonomyKind.allCases.map { ["title": $0.pluralTitle, "url": root + $0.folder + "/"] }
    }
}
