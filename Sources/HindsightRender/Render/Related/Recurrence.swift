import HindsightCore

/// An incident repeats an earlier one when, within the `window` days before it, one had
/// a service in common with it and at least `sharedMainWords` of the same main words (each
/// incident's `RelatedProfile.mainWordCount` heaviest topic words that another incident
/// uses too): the same thing broke the same way again. The most recent such incident is the one it repeats.
enum Recurrence {
    static let window = 90
    static let sharedMainWords = 2

    /// The position of the incident that `position` repeats, among its candidates.
    static func earlier(of position: Int, among candidates: [SimilarIncidents.Candidate],
                        in incidents: [Incident], vocabulary: RelatedVocabulary) -> Int? {
        guard let day = incidents[position].date?.daysSince1970 else { return nil }
        let profile = vocabulary.profiles[position]
        let services = Set(profile.entries.lazy.filter { vocabulary.features[$0.feature].kind == .service }.map(\.feature))
        guard !services.isEmpty else { return nil }
        let repeated = candidates.filter { candidate in
            guard let before = incidents[candidate.position].date?.daysSince1970,
                  before < day, day - before <= window else { return false }
            let other = vocabulary.profiles[candidate.position]
            return other.entries.contains { services.contains($0.feature) }
                && Set(other.mainWords).intersection(profile.mainWords).count >= sharedMainWords
        }
        // Archive order is newest first: the most recent is the one of lowest position.
        return repeated.map(\.position).min()
    }
}
