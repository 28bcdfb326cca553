/// What the listings show of one incident, made once per incident rather than once per
/// listing: its row of the incident table as the index sees it and as the term pages see
/// it, its `incidents.json` entry and its search-index document. Listings are then joined
/// from fragments, and an incremental build keeps the fragments of unchanged documents.
struct ListingFragments: Sendable, Codable, Equatable {
    /// The slug the fragments were made with: links in them change when it does.
    var slug: String
    var indexRow: String
    var termRow: String
    /// Pretty-printed and indented for its place in the file.
    var exportEntry: String
    var searchDocument: String

    init(_ incident: Incident, theme: Theme) throws {
        slug = incident.slug
        indexRow = theme.render("incident-row", PageContext.summary(incident, root: ""))
        termRow = theme.render("incident-row", PageContext.summary(incident, root: TaxonomyPageContext.termRoot))
        exportEntry = try IncidentsJSON.entry(incident)
        searchDocument = String(decoding: try SearchIndex.document(incident), as: UTF8.self)
    }
}
