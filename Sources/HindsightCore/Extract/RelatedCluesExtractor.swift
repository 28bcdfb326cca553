/// Reads what the archive relates a document by: the incidents its front matter names
/// (`related:`), and the topic words of its title, summary and root-cause section. A pair
/// of words is kept only when the document uses it twice (its title counting twice): a
/// pair used once is a turn of phrase, one used again names a thing ("connection pool"),
/// and most pairs are used once. Only the `wordLimit` words used most are kept (the earlier
/// first among equals): what a postmortem is about, its title names or it says again, and
/// every incident of the archive holds its words in memory while the site is built.
enum RelatedCluesExtractor {
    static let wordLimit = 48
    /// The root cause is read this far: its opening says what failed; a long one goes on
    /// to logs and detail that would relate incidents by chance.
    static let rootCauseWordLimit = 120
    /// The title names what failed: its words count this many times over the summary's.
    static let titleWeight = 2

    private static let rootCause = RequiredSection("root cause")

    static func clues(in context: ExtractionContext, title: String, summary: String) -> RelatedClues {
        let frontMatter = context.frontMatter
        var counts: [String: Int] = [:]
        var order: [TopicWords.Word] = []
        func count(_ words: [TopicWords.Word], times: Int) {
            for word in words {
                if counts[word.stem] == nil { order.append(word) }
                counts[word.stem, default: 0] += times
            }
        }
        count(TopicWords.words(of: title), times: titleWeight)
        count(TopicWords.words(of: summary), times: 1)
        count(TopicWords.words(of: rootCauseText(in: context)), times: 1)
        return RelatedClues(named: frontMatter?.texts("related") ?? [], namedLine: frontMatter?.line(of: "related") ?? 1,
                            words: mostUsed(order.compactMap { word in
                                let count = counts[word.stem] ?? 0
                                guard count >= 2 || !word.stem.contains(" ") else { return nil }
                                return CountedWord(text: word.stem, count: count, writtenAs: word.written)
                            }))
    }

    /// The `wordLimit` words of highest count, in their order of first use.
    private static func mostUsed(_ words: [CountedWord]) -> [CountedWord] {
        guard words.count > wordLimit else { return words }
        let kept = words.indices.sorted { (words[$0].count, -$0) > (words[$1].count, -$1) }.prefix(wordLimit)
        return kept.sorted().map { words[$0] }
    }

    /// The opening of the root-cause section, or nothing when the document has none.
    private static func rootCauseText(in context: ExtractionContext) -> String {
        guard let blocks = context.section(where: rootCause.isNamed(by:)) else { return "" }
        var words: [Substring] = []
        for block in blocks where words.count < rootCauseWordLimit {
            let text = block.plainText
            words += (ASCIIText.words(of: text) ?? WhiteSpaceWords.words(of: text)).prefix(rootCauseWordLimit - words.count)
        }
        return words.joined(separator: " ")
    }
}
