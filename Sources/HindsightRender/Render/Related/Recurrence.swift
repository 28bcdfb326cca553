/// An incident repeats an earlier one when, within the `window` days before it, one had
/// a service in common with it and at least `sharedMainWords` of the same main words (each
/// incident's `RelatedProfile.mainWordCount` heaviest topic words that another incident
/// uses too): the same thing broke the same way again. The most recent such incident is
/// the one it repeats.
enum Recurrence {
    static let window = 90
    static let sharedMainWords = 2

    /// The position of the incident that `position` repeats, among its candidates.
    ///
    /// - Parameter days: each incident's date as days since 1970, if it has one.
    static func earlier(of position: Int, among candidates: [SimilarIncidents.Candidate], days: [Int?],
                        profiles: [RelatedProfile]) -> Int? {
        guard let day = days[position], !profiles[position].services.isEmpty else { return nil }
        let profile = profiles[position]
        // Archive order is newest first: the most recent is the one of lowest position.
        return candidates.lazy.map(\.position).filter { other in
            guard let before = days[other], before < day, day - before <= window else { return false }
            return profiles[other].services.contains(where: profile.services.contains)
                && profiles[other].mainWords.filter(profile.mainWords.contains).count >= sharedMainWords
        }.min()
    }
}
