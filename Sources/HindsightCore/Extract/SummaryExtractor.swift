/// The incident in a few sentences, as one line of plain text: front matter `summary` or
/// `description`, else the first paragraph of a section headed like "Issue Summary" (a
/// heading, a bold line or a plain "Issue Summary:" line), else the first real paragraph
/// outside the timeline.
enum SummaryExtractor {
    /// Shorter paragraphs are labels or fragments, not a summary.
    static let minimumLength = 20

    /// The summary and where it was found; nil when the document has no prose at all.
    static func summary(in context: ExtractionContext) -> Candidate<String>? {
        if let frontMatter = context.frontMatter, let key = ["summary", "description"].first(where: { frontMatter.text($0) != nil }),
           let summary = frontMatter.text(key) {
            return Candidate(summary.collapsingWhitespace, Provenance(.frontMatter, line: frontMatter.line(of: key), detail: "front matter key “\(key)”"))
        }
        if let section = context.section(where: SectionNames.isSummary), let first = firstProse(in: section) {
            return Candidate(first.text, Provenance(.section, line: context.line(first.block), detail: "the first paragraph of the Summary section"))
        }
        if let labelled = labelledSummary(in: context.blocks) {
            return Candidate(labelled.text, Provenance(.label, line: context.line(labelled.block), detail: "the text after a “Summary:” label"))
        }
        // A timeline's entry tells one moment, not the incident; the authors section, who wrote it.
        let passedOver = Set([SectionNames.isTimeline, SectionNames.isAuthors].flatMap { context.section(where: $0)?.map(\.line) ?? [] })
        return firstProse(in: context.blocks.lazy.filter { !passedOver.contains($0.line) }).map {
            Candidate($0.text, Provenance(.text, line: context.line($0.block), detail: "the first paragraph"))
        }
    }


    /// "Issue Summary:" as a line of its own or in front of the text, then the summary.
    private static func labelledSummary(in blocks: [MarkdownNode]) -> (text: String, block: MarkdownNode)? {
        for (index, block) in blocks.enumerated() where block.kind == .paragraph {
            let textLines = TextLine.lines(of: block)
            let lines = textLines.map(\.trimmed)
            guard let labelIndex = lines.firstIndex(where: isSummaryLabel) else { continue }
            let label = lines[labelIndex]
            // A bold "**Issue Summary: When the database napped**" is a heading, not the summary.
            let afterColon = textLines[labelIndex].isEmphasized ? ""
                : label.firstIndex(of: ":").map { String(label[label.index(after: $0)...]) } ?? ""
            let rest = ([afterColon] + lines[(labelIndex + 1)...]).joined(separator: " ").collapsingWhitespace
            if rest.count >= minimumLength { return (rest, block) }
            return firstProse(in: blocks[(index + 1)...])
        }
        return nil
    }

    /// "Issue Summary:", "**Summary**", "Issue Summary: On May 3rd, …".
    private static func isSummaryLabel(_ line: String) -> Bool {
        // The colon is found on the bytes: walking a long line of prose by its characters
        // had cost more than the rest of the summary's extraction.
        let label = line.utf8.firstIndex(of: UInt8(ascii: ":")).map { line[..<$0] } ?? Substring(line)
        return label.utf8.count <= 120 && label.count <= 30 && SectionNames.isSummary(String(label))
    }

    /// The first paragraph (in a list item too) with enough words to say something; images
    /// (even one whose Markdown is broken: `![diagram](my diagram.png)`), closings ("Regards,")
    /// and credits do not count.
    private static func firstProse(in blocks: some Sequence<MarkdownNode>) -> (text: String, block: MarkdownNode)? {
        let paragraphs = blocks.lazy.flatMap { block in
            CollectionOfOne(block).filter { $0.kind == .paragraph } + block.descendants.filter { $0.kind == .paragraph }
        }
        for paragraph in paragraphs {
            // A closing ("Regards,") begins the sign-off: the name under it is no summary either.
            let lines = TextLine.lines(of: paragraph).prefix { !SignOff.isClosing($0.trimmed) }.filter(isProse).map(\.trimmed)
            let text = lines.joined(separator: " ").collapsingWhitespace
            if text.count >= minimumLength { return (text, paragraph) }
        }
        return nil
    }

    /// False for an image, a credit that says who wrote the report ("Report prepared by: …")
    /// rather than what happened, or a dateline.
    private static func isProse(_ line: TextLine) -> Bool {
        !line.trimmed.hasPrefix("![") && AuthorLine.credited(line) == nil && !DayGrammar.isDateline(line.trimmed)
    }
}
