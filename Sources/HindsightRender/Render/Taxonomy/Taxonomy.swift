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
        var bySlug: [String: TaxonomyTerm] = [:]
        // Names repeat across the archive (a service, an author): each is slugged once.
        var slugs: [String: String] = [:]
        for position in incidents.indices {
            let names = kind.names(ofIncidentAt: position, in: incidents).map(\.trimmed).filter { !$0.isEmpty }
            // An incident that names a term twice ("SEV2" and "sev2") is listed once.
            for name in names.count < 2 ? names : Set(names).sorted() {
                let slug = slugs[name] ?? Slug.make(name)
                slugs[name] = slug
                if bySlug[slug]?.incidentPositions.last == position { continue }
                bySlug[slug, default: TaxonomyTerm(kind: kind, name: name, incidentPositions: [])].incidentPositions.append(position)
            }
        }
        return bySlug.values.sorted(by: kind == .year ? Self.newestYearFirst : Self.alphabetically)
    }

    private static func newestYearFirst(_ a: TaxonomyTerm, _ b: TaxonomyTerm) -> Bool { a.name > b.name }

    private static func alphabetically(_ a: TaxonomyTerm, _ b: TaxonomyTerm) -> Bool {
        (a.name.lowercased(), a.slug) < (b.name.lowercased(), b.slug)
    }
}
