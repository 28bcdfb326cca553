import HindsightCore

/// For each incident, the others that share features with it and their scores: the sum,
/// over the features shared, of the two weights' products (`RelatedProfile`). Only the
/// postings of the incident's features are visited, so the cost grows with the archive
/// times the postings' lengths, which `RelatedVocabulary.postingLimit` bounds.
struct SimilarIncidents: Sendable {
    struct Candidate: Sendable {
        let position: Int
        let score: Double
    }

    /// Each incident's candidates, by position in the archive, in ascending position.
    let candidates: [[Candidate]]

    /// Incidents are scored in batches, each with one accumulator of the archive's size,
    /// rather than one each (which would be quadratic in memory writes).
    private static let batchCount = 64

    init(_ vocabulary: RelatedVocabulary, jobs: Int) {
        let count = vocabulary.profiles.count
        let batchSize = max(1, (count + Self.batchCount - 1) / Self.batchCount)
        let batches = stride(from: 0, to: count, by: batchSize).map { $0..<min(count, $0 + batchSize) }
        candidates = batches.parallelMap(jobs: jobs) { batch in
            var scores = [Double](repeating: 0, count: count)
            var touched: [Int] = []
            return batch.map { position in
                for entry in vocabulary.profiles[position].entries {
                    for posting in vocabulary.postings[entry.feature] where posting.position != position {
                        // Weights are positive: a score still 0 is one not yet touched.
                        if scores[posting.position] == 0 { touched.append(posting.position) }
                        scores[posting.position] += entry.weight * posting.weight
                    }
                }
                touched.sort()
                let found = touched.map { Candidate(position: $0, score: scores[$0]) }
                for other in touched { scores[other] = 0 }
                touched.removeAll(keepingCapacity: true)
                return found
            }
        }.flatMap { $0 }
    }
}
