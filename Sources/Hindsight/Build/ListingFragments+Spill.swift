import HindsightCore
import HindsightRender

extension ListingFragments {
    /// The fragments of a freshly analysed incident, written to the spill when there is one.
    init(_ incident: Incident, theme: Theme, spill: BuildSpill?) {
        func piece(_ bytes: [UInt8]) -> TextPiece { spill?.piece(bytes) ?? .bytes(bytes) }
        self.init(slug: incident.slug, relationsKey: incident.relationsKey,
                  indexRow: piece(theme.render("incident-row", PageContext.summary(incident, root: ""))),
                  termRow: piece(theme.render("incident-row", PageContext.summary(incident, root: TaxonomyPageContext.termRoot))),
                  exportEntry: piece(IncidentsJSON.entry(incident)),
                  searchDocument: piece(SearchIndex.document(incident)))
    }
}
