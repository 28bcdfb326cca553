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

    /// Every incident's fragments, in parallel; `reuse` gives those kept from a previous
    /// build (nil when there are none or they were made for another slug).
    static func all(_ incidents: [Incident], theme: Theme, jobs: Int,
                    reuse: @Sendable (Incident) -> ListingFragments?) throws -> [ListingFragments] {
        let made = incidents.parallelMap(jobs: jobs) { incident -> Result<ListingFragments, Error> in
            if let kept = reuse(incident), kept.slug == incident.slug { return .success(kept) }
            return Result { try ListingFragments(incident, theme: theme) }
        }
        return try made.map { try $0.get() }
    }
}
