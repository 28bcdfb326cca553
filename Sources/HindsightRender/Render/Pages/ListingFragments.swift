/// What the listings show of one incident, made once per incident rather than once per
/// listing: its row of the incident table as the index sees it and as the term pages see
/// it, its `incidents.json` entry and its search-index document. Listings are then joined
/// from fragments, and an incremental build keeps the fragments of unchanged documents.
/// All but the slug and relations key wait in a file (the spill, or the cache) until the listings are
/// written: for a large archive they are several times the size of the incidents.
package struct ListingFragments: Sendable, Equatable {
    /// The slug the fragments were made with: links in them change when it does.
    package var slug: String
    /// The incident's `relationsKey` when they were made: the index row shows whether it
    /// is a recurrence and the `incidents.json` entry its related incidents.
    package var relationsKey: UInt64
    var indexRow: TextPiece
    var termRow: TextPiece
    /// Pretty-printed and indented for its place in the file.
    var exportEntry: TextPiece
    var searchDocument: TextPiece

    package init(slug: String, relationsKey: UInt64, indexRow: TextPiece, termRow: TextPiece, exportEntry: TextPiece, searchDocument: TextPiece) {
        self.slug = slug
        self.relationsKey = relationsKey
        self.indexRow = indexRow
        self.termRow = termRow
        self.exportEntry = exportEntry
        self.searchDocument = searchDocument
    }

    /// The four pieces, in the order the cache keeps them.
    package var pieces: [TextPiece] { [indexRow, termRow, exportEntry, searchDocument] }
}
