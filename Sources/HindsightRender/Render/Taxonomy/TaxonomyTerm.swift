import HindsightCore

/// One name of a taxonomy (an author, a service, a year…) and the incidents filed under it,
/// as positions in the archive's newest-first list, so terms hold no copies of incidents.
struct TaxonomyTerm: Sendable, Hashable {
    let kind: TaxonomyKind
    /// The name as first written in the archive, newest first.
    let name: String
    var incidentPositions: [Int]

    var slug: String { Slug.make(name) }
    var url: String { kind.url(of: name) }
}
