/// Reads what the archive relates a document by: the incidents its front matter names
/// (`related:`), and the topic words of its title, summary and root-cause section.
enum RelatedCluesExtractor {
    /// The root cause is read this far: its opening says what failed; a long one goes on
    /// to logs and detail that would relate incidents by chance.
    static let rootCauseWordLimit = 300
    /// The title names what failed: its words count this many times over the summary's.
    static let titleWeight = 2

    private static let rootCause = RequiredSection("root cause")

    static func clues(in context: ExtractionContext, title: String, summary: String) -> RelatedClues {
        let frontMatter = context.frontMatter
        var counts: [String: Int] = [:]
        var order: [String] = []
        func count(_ words: [String], times: Int) {
            for word in words {
                if counts[word] == nil { order.append(word) }
                counts[word, default: 0] += times
            }
        }
        count(TopicWords.words(of: title), times: titleWeight)
        count(TopicWords.words(of: summary), times: 1)
        count(TopicWords.words(of: rootCauseText(in: context)), times: 1)
        return RelatedClues(named: frontMatter?.texts("related") ?? [], namedLine: frontMatter?.line(of: "related") ?? 1,
                            words: order.map { CountedWord(text: $0, count: counts[$0] ?? 0) })
    }

    /// The opening of the root-cause section, or nothing when the document has none.
    private static func rootCauseText(in context: ExtractionContext) -> String {
        guard let blocks = context.section(where: rootCause.isNamed(by:)) else { return "" }
        var words: [Substring] = []
        for block in blocks where words.count < rootCauseWordLimit {
            words += block.plainText.split(whereSeparator: \.isWhitespace).prefix(rootCauseWordLimit - words.count)
        }
        return words.joined(separator: " ")
    }
}
