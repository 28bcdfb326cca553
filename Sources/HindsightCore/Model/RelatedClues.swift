/// What one document offers for finding the incidents related to it: those its front matter
/// names (`related:`) and the words its authors chose for the title, the summary and the
/// root cause. Kept with the incident's listing form, so that the archive can be related
/// again from the cache without reading any document.
public struct RelatedClues: Sendable, Hashable, Codable {
    /// The entries of `related:` as written: slugs, file names or URLs.
    public var named: [String] = []
    /// The line of the `related:` key, where a diagnostic about an entry points.
    public var namedLine = 1
    /// Each topic word (`TopicWords`) once, with how often it occurs, in order of first use.
    public var words: [CountedWord] = []

    public init() {}

    package init(named: [String], namedLine: Int, words: [CountedWord]) {
        self.named = named
        self.namedLine = namedLine
        self.words = words
    }
}

/// A word (or two adjacent words) of a document, lowercased, and how often it occurs.
public struct CountedWord: Sendable, Hashable, Codable {
    public var text: String
    public var count: Int

    public init(text: String, count: Int) {
        self.text = text
        self.count = count
    }
}
