import HindsightCore

/// Every feature of the archive numbered, with each incident's profile and, for each
/// feature, the incidents that have it among their indexed features (its postings).
/// Relating then visits, for each incident, only the incidents that share an indexed
/// feature with it, not every pair.
struct RelatedVocabulary: Sendable {
    let features: [RelatedFeature]
    /// How many incidents have each feature.
    let frequency: [Int]
    let profiles: [RelatedProfile]
    /// For each feature, the incidents that index it, by ascending position, with its weight
    /// in each; empty for a feature too common to relate incidents by (see `postingLimit`)
    /// or had by only one.
    let postings: [[Posting]]
    /// Features as first written in the archive, where that differs from their key: services
    /// and tags (which keys hold lowercased), words not in the singular ("postgres").
    private let asWritten: [Int: String]
    /// For each pair of words, the numbers of its two words (those the archive has); empty
    /// for other features.
    private let pairParts: [[Int]]
    /// For a word that is also a tag, the tag's number.
    private let tagOfWord: [Int: Int]

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

    init(_ incidents: [Incident], jobs: Int) {
        var numbers: [RelatedFeature: Int] = [:]
        numbers.reserveCapacity(incidents.count * 16)
        var features: [RelatedFeature] = []
        var frequency: [Int] = []
        var asWritten: [Int: String] = [:]
        let perIncident = incidents.map { incident in
            Self.features(of: incident).map { feature, count, written in
                let number: Int
                if let known = numbers[feature] {
                    number = known
                } else {
                    number = features.count
                    numbers[feature] = number
                    features.append(feature)
                    frequency.append(0)
                    if written != feature.key { asWritten[number] = written }
                }
                frequency[number] += 1
                return (number: number, count: count)
            }
        }
        let kinds = features.map(\.kind)
        let profiles = perIncident.parallelMap(jobs: jobs) { [frequency] in
            RelatedProfile($0, kinds: kinds, frequency: frequency, archiveSize: incidents.count)
        }
        let limit = Self.postingLimit(archiveSize: incidents.count)
        var postings = [[Posting]](repeating: [], count: features.count)
        for (position, profile) in profiles.enumerated() {
            for entry in profile.indexed where frequency[entry.feature] > 1 && frequency[entry.feature] <= limit {
                postings[entry.feature].append(Posting(position: position, weight: entry.weight))
            }
        }
        var pairParts = [[Int]](repeating: [], count: features.count)
        var tagOfWord: [Int: Int] = [:]
        for (number, feature) in features.enumerated() where feature.kind == .word {
            if feature.key.contains(" ") {
                pairParts[number] = feature.key.split(separator: " ").compactMap { numbers[RelatedFeature(kind: .word, key: String($0))] }
            }
            if let tag = numbers[RelatedFeature(kind: .tag, key: feature.key)] { tagOfWord[number] = tag }
        }
        self.pairParts = pairParts
        self.tagOfWord = tagOfWord
        self.features = features
        self.frequency = frequency
        self.profiles = profiles
        self.postings = postings
        self.asWritten = asWritten
    }

    /// True when two incidents that share these features (`RelatedProfile.shared`) have
    /// enough in common to be shown as related: a service, or at least two things (tags,
    /// words; a pair of words with its own words counting once). One word or phrase is not
    /// enough, however rare: "united states" or "web stack" alone relates incidents by
    /// chance.
    func isEnoughInCommon(_ shared: [(feature: Int, share: Double)]) -> Bool {
        // `shared` is in ascending feature order (`RelatedProfile.entries`).
        func has(_ feature: Int) -> Bool {
            var (low, high) = (0, shared.count)
            while low < high {
                let middle = (low + high) / 2
                if shared[middle].feature < feature { low = middle + 1 } else { high = middle }
            }
            return low < shared.count && shared[low].feature == feature
        }
        var covered: [Int] = []
        for (feature, _) in shared where features[feature].kind == .service { return true }
        for (feature, _) in shared where !pairParts[feature].isEmpty { covered += pairParts[feature] }
        var things = 0
        for (feature, _) in shared {
            switch features[feature].kind {
            case .service: return true
            case .tag: things += 1
            case .word:
                // A word that is also a tag ("deletion", tagged and written) is one thing.
                if let tag = tagOfWord[feature], has(tag) { continue }
                if pairParts[feature].isEmpty && covered.contains(feature) { continue }
                things += 1
            }
            if things >= 2 { return true }
        }
        return false
    }

    /// A service as services are matched: lowercased, and without its company's name in
    /// front, so that "Google Cloud Load Balancing" and "Cloud Load Balancing", both Google's,
    /// are one service.
    static func serviceKey(_ written: String, company: String?) -> String {
        let key = written.lowercased()
        guard let company = company?.lowercased(), !company.isEmpty, key.hasPrefix(company + " ") else { return key }
        return String(key.dropFirst(company.count + 1))
    }

    /// The feature as a reason shows it: as first written in the archive.
    func shown(_ feature: Int) -> String {
        asWritten[feature] ?? features[feature].key
    }

    /// The incident's services (and the product public archives name), tags and keywords
    /// (but those as common as "outage"), each once, then its topic words, which
    /// `RelatedClues` holds once each.
    private static func features(of incident: Incident) -> [(RelatedFeature, Int, String)] {
        var labels: [(RelatedFeature, Int, String)] = []
        var seen: Set<RelatedFeature> = []
        func add(_ kind: RelatedFeature.Kind, _ written: String, key: String? = nil) {
            let feature = RelatedFeature(kind: kind, key: key ?? written.lowercased())
            guard !TopicWords.isStopWord(feature.key), seen.insert(feature).inserted else { return }
            labels.append((feature, 1, written))
        }
        for service in incident.services + [incident.reference.product].compactMap({ $0 }) {
            add(.service, service, key: serviceKey(service, company: incident.reference.company))
        }
        for tag in incident.tags + incident.reference.keywords { add(.tag, tag) }
        return labels + incident.relatedClues.words.map { (RelatedFeature(kind: .word, key: $0.text), $0.count, $0.writtenAs) }
    }
}
