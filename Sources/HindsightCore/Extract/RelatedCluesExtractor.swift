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
        var counter = WordCounter()
        var unlimited = Int.max
        TopicWords.forEachWord(in: title, wordLimit: &unlimited) { counter.count($0, times: titleWeight) }
        TopicWords.forEachWord(in: summary, wordLimit: &unlimited) { counter.count($0, times: 1) }
        // The root cause's blocks are read one by one, up to its word limit, not joined.
        var rootCauseWords = rootCauseWordLimit
        for block in context.section(where: rootCause.isNamed(by:)) ?? [] where rootCauseWords > 0 {
            TopicWords.forEachWord(in: block.plainText, wordLimit: &rootCauseWords) { counter.count($0, times: 1) }
        }
        return RelatedClues(named: frontMatter?.texts("related") ?? [], namedLine: frontMatter?.line(of: "related") ?? 1,
                            words: mostUsed(counter.order.compactMap { word, count in
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

    /// Each word once, in order of first use, with its count; found by its stem.
    private struct WordCounter {
        var numbers: [String: Int] = [:]
        var order: [(word: TopicWords.Word, count: Int)] = []

        init() {
            numbers.reserveCapacity(128)
            order.reserveCapacity(128)
        }

        mutating func count(_ word: TopicWords.Word, times: Int) {
            if let number = numbers[word.stem] {
                order[number].count += times
            } else {
                numbers[word.stem] = order.count
                order.append((word, times))
            }
        }
    }
}
