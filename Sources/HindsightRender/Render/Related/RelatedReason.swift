/// Why two incidents are shown as related, in words, as the first incident's page shows
/// the second: "named as related · same service: checkout-api · shared: connection pool,
/// pgbouncer". The shared words are the heaviest the two have in common; a word already
/// part of a shared pair ("pool" beside "connection pool") is not repeated.
enum RelatedReason {
    /// Services are all named; tags and words, this many at most.
    static let sharedLimit = 4

    enum Naming {
        case none
        /// The incident's front matter names the other.
        case names
        /// The other's front matter names the incident.
        case namedBy
    }

    static func text(_ naming: Naming, shared: [(entry: RelatedProfile.Entry, share: Double)],
                     features: [RelatedFeature]) -> String {
        let heaviestFirst = shared.sorted { ($0.share, $1.entry.shown) > ($1.share, $0.entry.shown) }
        func shown(_ kind: RelatedFeature.Kind) -> [String] {
            heaviestFirst.filter { features[$0.entry.feature].kind == kind }.map(\.entry.shown)
        }
        var parts: [String] = []
        switch naming {
        case .none: break
        case .names: parts.append("named as related")
        case .namedBy: parts.append("names this incident as related")
        }
        let services = shown(.service)
        if !services.isEmpty { parts.append("same service: " + services.joined(separator: ", ")) }
        var common: [String] = []
        for word in shown(.tag) + shown(.word) where common.count < sharedLimit {
            let lowered = word.lowercased()
            guard !common.contains(where: { overlaps($0.lowercased(), lowered) }) else { continue }
            common.append(word)
        }
        if !common.isEmpty { parts.append("shared: " + common.joined(separator: ", ")) }
        return parts.joined(separator: " · ")
    }

    /// True when one is the other or one of its words: "pool" and "connection pool".
    private static func overlaps(_ a: String, _ b: String) -> Bool {
        a == b || a.split(separator: " ").contains { $0 == b } || b.split(separator: " ").contains { $0 == a }
    }
}
