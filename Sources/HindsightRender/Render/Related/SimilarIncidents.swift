/// For each incident, the others that share indexed features with it and their scores: the
/// sum, over the features both index, of the two weights' products (`RelatedProfile`).
/// Only the postings of the incident's own indexed features are visited, so the cost grows
/// with the archive times `RelatedProfile.indexedCount` times the postings' lengths, which
/// `RelatedVocabulary.postingLimit` bounds.
enum SimilarIncidents {
    struct Candidate: Sendable {
        let position: Int
        let score: Double
    }

    /// Incidents are scored in batches, each with one accumulator of the archive's size,
    /// rather than one each (which would be quadratic in memory writes).
    private static let batchCount = 64

    /// What `choose` makes of each incident's candidates (in ascending position), in the
    /// archive's order. The candidates are not kept: for a large archive they are many.
    static func map<Result: Sendable>(_ vocabulary: RelatedVocabulary, jobs: Int,
                                      _ choose: @Sendable (_ position: Int, _ candidates: [Candidate]) -> Result) -> [Result] {
        let count = vocabulary.profiles.count
        let batchSize = max(1, (count + batchCount - 1) / batchCount)
        let batches = stride(from: 0, to: count, by: batchSize).map { $0..<min(count, $0 + batchSize) }
        return batches.parallelMap(jobs: jobs) { batch in
            var scores = [Double](repeating: 0, count: count)
            var touched: [Int] = []
            return batch.map { position in
                for entry in vocabulary.profiles[position].indexed {
                    for posting in vocabulary.postings[entry.feature] where posting.position != position {
                        // Weights are positive: a score still 0 is one not yet touched.
                        if scores[posting.position] == 0 { touched.append(posting.position) }
                        scores[posting.position] += entry.weight * posting.weight
                    }
                }
                touched.sort()
                let result = choose(position, touched.map { Candidate(position: $0, score: scores[$0]) })
                for other in touched { scores[other] = 0 }
                touched.removeAll(keepingCapacity: true)
                return result
            }
        }.flatMap { $0 }
    }
}
