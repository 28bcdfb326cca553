import Foundation

/// One incident as relating sees it: its features, each with a weight, such that the sum
/// over the features two incidents share of their weights' products is how alike they are.
///
/// - Words weigh by TF-IDF, `(1 + ln tf) · ln(N / df)`, scaled so that an incident's words
///   make a unit vector: their part of the score is the cosine of the two texts, 1 for the
///   same words in the same proportions. A word every incident has weighs nothing.
/// - A service or tag adds a fixed share scaled by its rarity, `ln(N / df) / ln N`: a
///   service two incidents of a thousand name says more than one half of them name.
///
/// Only the `indexedCount` heaviest features are compared (`indexed`): the light ones add
/// little to a score, and following them is most of the cost in a large archive.
struct RelatedProfile: Sendable {
    struct Entry: Sendable {
        /// The feature's number in `RelatedVocabulary`.
        let feature: Int
        let weight: Double
    }

    /// Every feature of positive weight, sorted by number, so that two profiles are
    /// compared by one merge (to say why two incidents are related).
    let entries: [Entry]
    /// The `indexedCount` heaviest of `entries` (ties to the lower number), sorted by
    /// number: what the score sums over.
    let indexed: [Entry]
    /// The numbers of its services.
    let services: [Int]
    /// The numbers of its `mainWordCount` heaviest words among those another incident has
    /// too (a word no other incident uses cannot be repeated): what recurrence compares.
    let mainWords: [Int]

    /// What a service shared adds to the score at most; a tag's share is `tagShare`.
    static let serviceShare = 0.3
    static let tagShare = 0.15
    static let indexedCount = 32
    static let mainWordCount = 5

    /// - Parameters:
    ///   - features: each feature of the incident once, by number, with how often it occurs.
    ///   - vocabulary: every feature's kind and the number of incidents that have it.
    init(_ features: [(number: Int, count: Int)], kinds: [RelatedFeature.Kind], frequency: [Int], archiveSize: Int) {
        let total = Double(archiveSize)
        func rarity(_ number: Int) -> Double { log(total / Double(max(1, frequency[number]))) }
        // The rarity of a feature only one incident has: the most a label's share is scaled by.
        let greatestRarity = max(log(total), .leastNonzeroMagnitude)
        var words: [Entry] = [], labels: [Entry] = []
        for (number, count) in features {
            switch kinds[number] {
            case .word:
                words.append(Entry(feature: number, weight: (1 + log(Double(count))) * rarity(number)))
            case .service, .tag:
                let share = kinds[number] == .service ? Self.serviceShare : Self.tagShare
                // The square root: the product of the two incidents' weights is the share.
                labels.append(Entry(feature: number, weight: (share * rarity(number) / greatestRarity).squareRoot()))
            }
        }
        let length = words.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
        let unitWords = length > 0 ? words.map { Entry(feature: $0.feature, weight: $0.weight / length) } : []
        // A feature of no weight (had by every incident) relates nothing, and scores stay
        // positive for every feature shared (`SimilarIncidents` relies on it).
        let weighty = (unitWords + labels).filter { $0.weight > 0 }
        let heaviestFirst = weighty.sorted { ($0.weight, -$0.feature) > ($1.weight, -$1.feature) }
        entries = weighty.sorted { $0.feature < $1.feature }
        indexed = heaviestFirst.prefix(Self.indexedCount).sorted { $0.feature < $1.feature }
        services = labels.filter { kinds[$0.feature] == .service }.map(\.feature)
        mainWords = heaviestFirst.lazy.filter { kinds[$0.feature] == .word && frequency[$0.feature] > 1 }
            .prefix(Self.mainWordCount).map(\.feature)
    }

    /// The features both profiles have, each with its share of their score, in
    /// the order of `entries`.
    func shared(with other: RelatedProfile) -> [(feature: Int, share: Double)] {
        var shared: [(feature: Int, share: Double)] = []
        var mine = entries.makeIterator(), theirs = other.entries.makeIterator()
        var a = mine.next(), b = theirs.next()
        while let x = a, let y = b {
            if x.feature < y.feature {
                a = mine.next()
            } else if y.feature < x.feature {
                b = theirs.next()
            } else {
                shared.append((x.feature, x.weight * y.weight))
                a = mine.next()
                b = theirs.next()
            }
        }
        return shared
    }
}
