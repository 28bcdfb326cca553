/// Why two incidents are shown as related, in words, as the first incident's page shows
/// the second: "named as related · same service: checkout-api · shared: connection pool,
/// pgbouncer". The shared words are the heaviest the two have in common; a word already
/// part of a shared pair ("pool" beside "connection pool") is not repeated.
enum RelatedReason {
    /// Services are all named; tags and words, this many at most.
    static let sharedLimit = 4

    enum Naming {
        /// Neither names the other: they are only alike.
        case similar
        /// The incident's front matter names the other.
        case names
        /// The other's front matter names the incident.
        case namedBy
    }

    /// Only this many of the heaviest tags and words shared are read: two incidents of a
    /// large archive can share hundreds of words, nearly all of no weight.
    private static let consideredLimit = 3 * sharedLimit

    static func text(_ naming: Naming, shared: [(feature: Int, share: Double)], vocabulary: RelatedVocabulary) -> String {
        let heaviestFirst = shared.sorted { ($0.share, -$0.feature) > ($1.share, -$1.feature) }
        func shown(_ kind: RelatedFeature.Kind) -> [String] {
            heaviestFirst.lazy.filter { vocabulary.features[$0.feature].kind == kind }.map { vocabulary.shown($0.feature) }
                .prefix(kind == .service ? .max : consideredLimit).map { $0 }
        }
        var parts: [String] = []
        switch naming {
        case .similar: break
        case .names: parts.append("named as related")
        case .namedBy: parts.append("names this incident as related")
        }
        let services = shown(.service)
        if !services.isEmpty { parts.append("same service: " + services.joined(separator: ", ")) }
        let common = phrasesFirst(Array((shown(.tag) + shown(.word)).prefix(consideredLimit)))
        if !common.isEmpty { parts.append("shared: " + common.joined(separator: ", ")) }
        return parts.joined(separator: " · ")
    }

    /// The first `sharedLimit` of the words, heaviest first, with a pair taking the place of
    /// its words ("connection pool", not "connection, pool"): a pair weighs no more than
    /// its words when they only ever occur together, yet says more. A tag that is also a
    /// shared word ("memory leak", tagged and written) is shown once.
    private static func phrasesFirst(_ words: [String]) -> [String] {
        // Each word lowercased and split once: this runs for every link of every page.
        let lowered = words.map { $0.lowercased() }
        let parts = lowered.map { $0.utf8.contains(UInt8(ascii: " ")) ? $0.split(separator: " ").map(String.init) : [$0] }
        var chosen: [Int] = []
        for index in words.indices where !chosen.contains(where: { lowered[$0] == lowered[index] }) {
            if parts[index].count == 1 {
                let alreadyShown = chosen.contains { parts[$0].contains(parts[index][0]) }
                if !alreadyShown, chosen.count < sharedLimit { chosen.append(index) }
                continue
            }
            // A pair replaces its words already chosen, at the place of the first.
            func isPart(_ other: Int) -> Bool { parts[index].contains { $0 == lowered[other] } }
            let place = chosen.firstIndex(where: isPart)
            chosen.removeAll(where: isPart)
            if let place {
                chosen.insert(index, at: min(place, chosen.count))
            } else if chosen.count < sharedLimit {
                chosen.append(index)
            }
        }
        return chosen.map { words[$0] }
    }
}
