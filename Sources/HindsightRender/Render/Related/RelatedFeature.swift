/// One thing two incidents can share: a service, a tag (or keyword), or a topic word of
/// their title, summary and root cause (`TopicWords`, matched by `WordStem`).
struct RelatedFeature: Hashable, Sendable {
    enum Kind: Int, Hashable, Sendable, Comparable {
        case service, tag, word

        static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    let kind: Kind
    /// Services and tags lowercased, words stemmed: what must be equal to be shared.
    let key: String
}
