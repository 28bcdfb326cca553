/// What one document offers for finding the incidents related to it: those its front matter
/// names (`related:`) and the words its authors chose for the title, the summary and the
/// root cause. Kept with the incident's listing form, so that the archive can be related
/// again from the cache without reading any document.
public struct RelatedClues: Sendable, Hashable {
    /// The entries of `related:` as written: slugs, file names or URLs.
    public var named: [String] = []
    /// The line of the `related:` key, where a diagnostic about an entry points.
    public var namedLine = 1
    /// Each topic word (`TopicWords`) once, with how often it occurs, in order of first use;
    /// pairs of words only when they occur twice (see `RelatedCluesExtractor`).
    public var words: [CountedWord] = []

    public init() {}

    package init(named: [String], namedLine: Int, words: [CountedWord]) {
        self.named = named
        self.namedLine = namedLine
        self.words = words
    }
}

/// Words are encoded as one text, a line per word (`3 connection pool`, then a tab and the
/// word as written when it differs: `1 postgre\tpostgres`): the build spills
/// every incident it analyses, and a keyed value per word made that several times slower.
extension RelatedClues: Codable {
    private enum CodingKeys: String, CodingKey { case named, namedLine, words }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        named = try container.decode([String].self, forKey: .named)
        namedLine = try container.decode(Int.self, forKey: .namedLine)
        words = try container.decode(String.self, forKey: .words).split(separator: "\n").map { line in
            guard let space = line.firstIndex(of: " "), let count = Int(line[..<space]) else {
                throw DecodingError.dataCorruptedError(forKey: .words, in: container, debugDescription: "not “count word”: \(line)")
            }
            let word = line[line.index(after: space)...]
            guard let tab = word.firstIndex(of: "\t") else { return CountedWord(text: String(word), count: count) }
            return CountedWord(text: String(word[..<tab]), count: count, writtenAs: String(word[word.index(after: tab)...]))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(named, forKey: .named)
        try container.encode(namedLine, forKey: .namedLine)
        // Topic words are runs of letters and digits joined by single spaces: never a line break.
        try container.encode(words.map { word in
            "\(word.count) \(word.text)" + (word.writtenAs == word.text ? "" : "\t" + word.writtenAs)
        }.joined(separator: "\n"), forKey: .words)
    }
}

/// A word (or two adjacent words) of a document, lowercased, and how often it occurs.
public struct CountedWord: Sendable, Hashable {
    /// In the singular: what must be equal to match another document's word.
    public var text: String
    public var count: Int
    /// As the document first writes it, to show ("postgres", whose `text` is "postgre").
    public var writtenAs: String

    public init(text: String, count: Int, writtenAs: String? = nil) {
        self.text = text
        self.count = count
        self.writtenAs = writtenAs ?? text
    }
}
