import Foundation
import HindsightCore

/// One incident as relating sees it: its features, each with a weight, such that the sum
/// over the features two incidents share of their weights' products is how alike they are.
///
/// - Words weigh by TF-IDF, `(1 + ln tf) · ln(N / df)`, scaled so that an incident's words
///   make a unit vector: their part of the score is the cosine of the two texts, 1 for the
///   same words in the same proportions. A word every incident has weighs nothing.
/// - A service or tag adds a fixed share scaled by its rarity, `ln(N / df) / ln N`: a
///   service two incidents of a thousand name says more than one half of them name.
struct RelatedProfile: Sendable {
    struct Entry: Sendable {
        /// The feature's number in `RelatedVocabulary`; entries are sorted by it.
        let feature: Int
        let weight: Double
        /// The feature as this incident writes it, for the reason shown on its page.
        let shown: String
    }

    /// Sorted by feature number, so that two profiles are compared by one merge.
    let entries: [Entry]
    /// The numbers of its `mainWordCount` heaviest words among those another incident has
    /// too (a word no other incident uses cannot be repeated): what recurrence compares.
    let mainWords: [Int]

    /// What a service shared adds to the score at most; a tag's share is `tagShare`.
    static let serviceShare = 0.3
    static let tagShare = 0.15
    static let mainWordCount = 5

    /// Each feature of the incident, as the vocabulary numbers it, with the number of
    /// incidents that have it.
    init(_ features: [(number: Int, feature: RelatedFeature, count: Int, shown: String)],
         documentFrequency: (Int) -> Int, archiveSize: Int) {
        let total = Double(archiveSize)
        func rarity(_ number: Int) -> Double { log(total / Double(max(1, documentFrequency(number)))) }
        // The rarity of a feature only one incident has: the most a label's share is scaled by.
        let greatestRarity = max(log(total), .leastNonzeroMagnitude)
        var words: [Entry] = [], labels: [Entry] = []
        for (number, feature, count, shown) in features {
            switch feature.kind {
            case .word:
                words.append(Entry(feature: number, weight: (1 + log(Double(count))) * rarity(number), shown: shown))
            case .service, .tag:
                let share = feature.kind == .service ? Self.serviceShare : Self.tagShare
                // The square root: the product of the two incidents' weights is the share.
                labels.append(Entry(feature: number, weight: (share * rarity(number) / greatestRarity).squareRoot(), shown: shown))
            }
        }
        let length = words.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
        let unitWords = length > 0 ? words.map { Entry(feature: $0.feature, weight: $0.weight / length, shown: $0.shown) } : []
        mainWords = unitWords.filter { $0.weight > 0 && documentFrequency($0.feature) > 1 }.sorted { ($0.weight, $1.shown) > ($1.weight, $0.shown) }.prefix(Self.mainWordCount).map(\.feature)
        // A feature of no weight (had by every incident) relates nothing, and scores stay
        // positive for every feature shared (`SimilarIncidents` relies on it).
        entries = (unitWords + labels).filter { $0.weight > 0 }.sorted { $0.feature < $1.feature }
    }

    /// The features both profiles have, each with its share of their score, in
    /// the order of `entries`.
    func shared(with other: RelatedProfile) -> [(entry: Entry, share: Double)] {
        var shared: [(entry: Entry, share: Double)] = []
        var mine = entries.makeIterator(), theirs = other.entries.makeIterator()
        var a = mine.next(), b = theirs.next()
        while let x = a, let y = b {
            if x.feature < y.feature {
                a = mine.next()
            } else if y.feature < x.feature {
                b = theirs.next()
            } else {
                shared.append((x, x.weight * y.weight))
                a = mine.next()
                b = theirs.next()
            }
        }
        return shared
    }
}
