/// What the listings show of one incident, made once per incident rather than once per
/// listing: its row of the incident table as the index sees it and as the term pages see
/// it, its `incidents.json` entry and its search-index document. Listings are then joined
/// from fragments, and an incremental build keeps the fragments of unchanged documents.
/// The entry and the document, most of the size, wait in a file (the spill, or the cache)
/// until the listings are written.
struct ListingFragments: Sendable, Equatable {
    /// The slug the fragments were made with: links in them change when it does.
    var slug: String
    var indexRow: String
    var termRow: String
    /// Pretty-printed and indented for its place in the file.
    var exportEntry: TextPiece
    var searchDocument: TextPiece

    init(slug: String, indexRow: String, termRow: String, exportEntry: TextPiece, searchDocument: TextPiece) {
        self.slug = slug
        self.indexRow = indexRow
        self.termRow = termRow
        self.exportEntry = exportEntry
        self.searchDocument = searchDocument
    }

    init(_ incident: Incident, theme: Theme, spill: BuildSpill?) throws {
        slug = incident.slug
        indexRow = theme.render("incident-row", PageContext.summary(incident, root: ""))
        termRow = theme.render("incident-row", PageContext.summary(incident, root: TaxonomyPageContext.termRoot))
        let entry = try IncidentsJSON.entry(incident)
        let document = String(decoding: try SearchIndex.document(incident), as: UTF8.self)
        exportEntry = spill?.piece(entry) ?? .text(entry)
        searchDocument = spill?.piece(document) ?? .text(document)
    }
}
