import HindsightCore

/// The archive grouped every way a reader looks for "has this happened before?": by year,
/// severity, service, tag and author. Built from the collected incidents (newest first),
/// so every term lists its incidents newest first too.
struct Taxonomy: Sendable {
    /// Per kind, the terms in reading order: years newest first, other names alphabetically.
    let terms: [TaxonomyKind: [TaxonomyTerm]]

    init(_ incidents: [Incident], jobs: Int) {
        let kinds = TaxonomyKind.allCases
        terms = Dictionary(uniqueKeysWithValues: zip(kinds, kinds.parallelMap(jobs: jobs) { Self.terms(of: $0, in: incidents) }))
    }

    func terms(_ kind: TaxonomyKind) -> [TaxonomyTerm] { terms[kind] ?? [] }

    private static func terms(of kind: TaxonomyKind, in incidents: [Incident]) -> [TaxonomyTerm] {
        SluggedGroup.groups(incidents.indices) { kind.names(ofIncidentAt: $0, in: incidents) }
            .sorted(by: kind == .year ? Self.newestYearFirst : SluggedGroup.alphabetically)
            .map { TaxonomyTerm(kind: kind, name: $0.name, incidentPositions: $0.positions) }
    }

    private static func newestYearFirst(_ a: SluggedGroup, _ b: SluggedGroup) -> Bool { a.name > b.name }
}
