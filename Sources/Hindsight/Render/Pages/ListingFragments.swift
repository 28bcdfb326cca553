import HindsightCore

/// What the listings show of one incident, made once per incident rather than once per
/// listing: its row of the incident table as the index sees it and as the term pages see
/// it, its `incidents.json` entry and its search-index document. Listings are then joined
/// from fragments, and an incremental build keeps the fragments of unchanged documents.
/// All but the slug wait in a file (the spill, or the cache) until the listings are
/// written: for a large archive they are several times the size of the incidents.
struct ListingFragments: Sendable, Equatable {
    /// The slug the fragments were made with: links in them change when it does.
    var slug: String
    var indexRow: TextPiece
    var termRow: TextPiece
    /// Pretty-printed and indented for its place in the file.
    var exportEntry: TextPiece
    var searchDocument: TextPiece

    init(slug: String, indexRow: TextPiece, termRow: TextPiece, exportEntry: TextPiece, searchDocument: TextPiece) {
        self.slug = slug
        self.indexRow = indexRow
        self.termRow = termRow
        self.exportEntry = exportEntry
        self.searchDocument = searchDocument
    }

    /// The four pieces, in the order the cache keeps them.
    var pieces: [TextPiece] { [indexRow, termRow, exportEntry, searchDocument] }

    init(_ incident: Incident, theme: Theme, spill: BuildSpill?) {
        func piece(_ text: String) -> TextPiece { spill?.piece(text) ?? .text(text) }
        slug = incident.slug
        indexRow = piece(theme.render("incident-row", PageContext.summary(incident, root: "")))
        termRow = piece(theme.render("incident-row", PageContext.summary(incident, root: TaxonomyPageContext.termRoot)))
        exportEntry = piece(IncidentsJSON.entry(incident))
        searchDocument = piece(SearchIndex.document(incident))
    }
}
