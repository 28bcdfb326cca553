import HindsightCore

/// Every feature of the archive numbered, with each incident's profile and, for each
/// feature, the incidents that have it (its postings). Relating then visits, for each
/// incident, only the incidents that share a feature with it, not every pair.
struct RelatedVocabulary: Sendable {
    let features: [RelatedFeature]
    let profiles: [RelatedProfile]
    /// For each feature, the incidents that have it, by ascending position, with its weight
    /// in each; empty for a feature too common to relate incidents by (see `postingLimit`)
    /// or had by only one.
    let postings: [[Posting]]

    struct Posting: Sendable {
        let position: Int
        let weight: Double
    }

    /// A feature had by more incidents than this relates none of them: it is a word of the
    /// trade or a catch-all tag, and following it would visit a large part of the archive
    /// for each incident (the O(N²) relating must not be). At least 50, and `2 √N` in a
    /// large archive: 200 at 10,000 incidents.
    static func postingLimit(archiveSize: Int) -> Int {
        max(50, Int(2 * Double(archiveSize).squareRoot()))
    }

    init(_ incidents: [Incident]) {
        var numbers: [RelatedFeature: Int] = [:]
        var features: [RelatedFeature] = []
        var frequency: [Int] = []
        // Each incident's features once, with their counts and shown forms, in first use.
        let perIncident = incidents.map { incident in
            var counted: [(number: Int, feature: RelatedFeature, count: Int, shown: String)] = []
            var slot: [Int: Int] = [:]
            for (feature, count, shown) in Self.features(of: incident) {
                let number: Int
                if let known = numbers[feature] {
                    number = known
                } else {
                    number = features.count
                    numbers[feature] = number
                    features.append(feature)
                    frequency.append(0)
                }
                if let index = slot[number] {
                    counted[index].count += count
                } else {
                    slot[number] = counted.count
                    counted.append((number, feature, count, shown))
                    frequency[number] += 1
                }
            }
            return counted
        }
        let profiles = perIncident.map { RelatedProfile($0, documentFrequency: { frequency[$0] }, archiveSize: incidents.count) }
        let limit = Self.postingLimit(archiveSize: incidents.count)
        var postings = [[Posting]](repeating: [], count: features.count)
        for (position, profile) in profiles.enumerated() {
            for entry in profile.entries where frequency[entry.feature] > 1 && frequency[entry.feature] <= limit {
                postings[entry.feature].append(Posting(position: position, weight: entry.weight))
            }
        }
        self.features = features
        self.profiles = profiles
        self.postings = postings
    }

    /// The incident's services (and the product public archives name), tags and keywords
    /// (but those as common as "outage"), then its topic words, as written.
    private static func features(of incident: Incident) -> [(RelatedFeature, Int, String)] {
        let services = (incident.services + [incident.reference.product].compactMap { $0 })
            .map { (RelatedFeature(kind: .service, key: $0.lowercased()), 1, $0) }
        let tags = (incident.tags + incident.reference.keywords).filter { !TopicWords.isStopWord($0.lowercased()) }
            .map { (RelatedFeature(kind: .tag, key: $0.lowercased()), 1, $0) }
        let words = incident.relatedClues.words.map { (RelatedFeature(kind: .word, key: WordStem.of($0.text)), $0.count, $0.text) }
        return services + tags + words
    }
}
