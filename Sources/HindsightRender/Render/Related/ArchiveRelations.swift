import HindsightCore

/// "Has this happened before?": for each incident of the archive, up to `limit` related
/// incidents and why, and the earlier incident it repeats, if any (`Recurrence`).
///
/// The incidents its front matter names come first, then those whose front matter names it
/// (a link stated once is shown on both pages), then the most similar others: those with
/// the highest score (`RelatedProfile`: the cosine of their topic words' TF-IDF vectors
/// plus a share per service and tag in common), at least `threshold`, ties to the newer,
/// then by slug, that have enough in common (`RelatedVocabulary.isEnoughInCommon`: a
/// service, or two things). Five good links or none, rather than noise: below the threshold
/// incidents share only a word or two of the trade. A pure function of the archive: the same
/// incidents give the same relations, whatever the number of threads.
package enum ArchiveRelations {
    package static let limit = 5
    static let threshold = 0.2

    /// Sets every incident's `related` and `recurrenceOf`, and returns a warning for each
    /// `related:` entry that names no incident.
    ///
    /// - Parameter incidents: the archive, in its newest-first order.
    package static func relate(_ incidents: inout [Incident], contentFolder: String, jobs: Int) -> [Diagnostic] {
        let named = NamedRelations(incidents, contentFolder: contentFolder)
        let vocabulary = RelatedVocabulary(incidents, jobs: jobs)
        let days = incidents.map { $0.date?.daysSince1970 }
        let links = incidents.map { Link(url: $0.url, title: $0.title, slug: $0.slug) }
        let relations = SimilarIncidents.map(vocabulary, jobs: jobs) { position, candidates in
            let names = Set(named.names[position])
            let related = named.names[position].map { ($0, RelatedReason.Naming.names) }
                + named.namedBy[position].filter { !names.contains($0) }.map { ($0, RelatedReason.Naming.namedBy) }
            let shown = names.union(named.namedBy[position])
            let profile = vocabulary.profiles[position]
            func link(_ other: Int, _ naming: RelatedReason.Naming,
                      shared: [(feature: Int, share: Double)]? = nil) -> RelatedIncident {
                let shared = shared ?? profile.shared(with: vocabulary.profiles[other])
                return RelatedIncident(url: links[other].url, title: links[other].title,
                                       why: RelatedReason.text(naming, shared: shared, vocabulary: vocabulary))
            }
            var similar: [RelatedIncident] = []
            for candidate in candidates.filter({ $0.score >= threshold && !shown.contains($0.position) })
                .sorted(by: { isMoreRelated($0, than: $1, days: days, links: links) })
            where related.count + similar.count < limit {
                let shared = profile.shared(with: vocabulary.profiles[candidate.position])
                if vocabulary.isEnoughInCommon(shared) { similar.append(link(candidate.position, .similar, shared: shared)) }
            }
            let earlier = Recurrence.earlier(of: position, among: candidates, days: days, profiles: vocabulary.profiles)
            return (related: related.map { link($0.0, $0.1) } + similar, recurrenceOf: earlier.map { link($0, .similar) })
        }
        for (position, relation) in relations.enumerated() {
            incidents[position].related = relation.related
            incidents[position].recurrenceOf = relation.recurrenceOf
        }
        return named.diagnostics
    }

    /// Only the warnings about `related:` entries, for `check`, which shows no page.
    package static func diagnostics(_ incidents: [Incident], contentFolder: String) -> [Diagnostic] {
        NamedRelations(incidents, contentFolder: contentFolder).diagnostics
    }

    /// What a link shows of an incident, and its slug for ties: taken out of the incidents
    /// once, not once per link.
    private struct Link: Sendable {
        let url: String
        let title: String
        let slug: String
    }

    /// Higher score first, then the newer, then by slug, so that equal scores never depend
    /// on the order candidates were found.
    private static func isMoreRelated(_ a: SimilarIncidents.Candidate, than b: SimilarIncidents.Candidate,
                                      days: [Int?], links: [Link]) -> Bool {
        if a.score != b.score { return a.score > b.score }
        let (x, y) = (days[a.position] ?? .min, days[b.position] ?? .min)
        if x != y { return x > y }
        return links[a.position].slug < links[b.position].slug
    }
}
