import HindsightCore

/// "Has this happened before?": for each incident of the archive, up to `limit` related
/// incidents and why, and the earlier incident it repeats, if any (`Recurrence`).
///
/// The incidents its front matter names come first, then those whose front matter names it
/// (a link stated once is shown on both pages), then the most similar others: those with
/// the highest score (`RelatedProfile`: the cosine of their topic words' TF-IDF vectors
/// plus a share per service and tag in common), at least `threshold`, ties to the newer,
/// then by slug. Five good links or none, rather than noise: below the threshold incidents
/// share only a word or two of the trade. A pure function of the archive: the same
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
        let vocabulary = RelatedVocabulary(incidents)
        let similar = SimilarIncidents(vocabulary, jobs: jobs)
        let archive = incidents
        let relations = Array(archive.indices).parallelMap(jobs: jobs) { position in
            relate(position, in: archive, named: named, vocabulary: vocabulary,
                      candidates: similar.candidates[position])
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

    private struct Relations: Sendable {
        var related: [RelatedIncident]
        var recurrenceOf: RelatedIncident?
    }

    private static func relate(_ position: Int, in incidents: [Incident], named: NamedRelations,
                                  vocabulary: RelatedVocabulary, candidates: [SimilarIncidents.Candidate]) -> Relations {
        func link(to other: Int, _ naming: RelatedReason.Naming) -> RelatedIncident {
            let shared = vocabulary.profiles[position].shared(with: vocabulary.profiles[other])
            return RelatedIncident(url: incidents[other].url, title: incidents[other].title,
                                   why: RelatedReason.text(naming, shared: shared, features: vocabulary.features))
        }
        var shown: [Int] = []
        var related: [RelatedIncident] = []
        for (others, naming) in [(named.names[position], RelatedReason.Naming.names), (named.namedBy[position], .namedBy)] {
            for other in others where !shown.contains(other) {
                shown.append(other)
                related.append(link(to: other, naming))
            }
        }
        let similar = candidates.filter { $0.score >= threshold && !shown.contains($0.position) }
            .sorted { isMoreRelated($0, than: $1, in: incidents) }
        for candidate in similar.prefix(max(0, limit - related.count)) {
            related.append(link(to: candidate.position, .none))
        }
        let earlier = Recurrence.earlier(of: position, among: candidates, in: incidents, vocabulary: vocabulary)
        return Relations(related: related, recurrenceOf: earlier.map { link(to: $0, .none) })
    }

    /// Higher score first, then the newer (lower position in the newest-first archive),
    /// then by slug, so that equal scores never depend on the order candidates were found.
    private static func isMoreRelated(_ a: SimilarIncidents.Candidate, than b: SimilarIncidents.Candidate,
                                      in incidents: [Incident]) -> Bool {
        if a.score != b.score { return a.score > b.score }
        let (x, y) = (incidents[a.position], incidents[b.position])
        if x.date != y.date { return (x.date?.daysSince1970 ?? .min) > (y.date?.daysSince1970 ?? .min) }
        return x.slug < y.slug
    }
}
