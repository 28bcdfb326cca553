/// The incident in a few sentences, as one line of plain text: front matter `summary` or
/// `description`, else the first paragraph of a section headed like "Issue Summary" (a
/// heading, a bold line or a plain "Issue Summary:" line), else the first real paragraph.
enum SummaryExtractor {
    /// Shorter paragraphs are labels or fragments, not a summary.
    static let minimumLength = 20

    static func summary(in context: ExtractionContext) -> String {
        if let summary = context.frontMatter?.text("summary") ?? context.frontMatter?.text("description") {
            return summary.collapsingWhitespace
        }
        if let section = context.section(where: SectionNames.isSummary), let first = firstProse(in: section) {
            return first
        }
        return labelledSummary(in: context.blocks) ?? firstProse(in: context.blocks) ?? ""
    }


    /// "Issue Summary:" as a line of its own or in front of the text, then the summary.
    private static func labelledSummary(in blocks: [MarkdownNode]) -> String? {
        for (index, block) in blocks.enumerated() where block.kind == .paragraph {
            let textLines = TextLine.lines(of: block)
            let lines = textLines.map(\.trimmed)
            guard let labelIndex = lines.firstIndex(where: isSummaryLabel) else { continue }
            let label = lines[labelIndex]
            // A bold "**Issue Summary: When the database napped**" is a heading, not the summary.
            let afterColon = textLines[labelIndex].isEmphasized ? ""
                : label.firstIndex(of: ":").map { String(label[label.index(after: $0)...]) } ?? ""
            let rest = ([afterColon] + lines[(labelIndex + 1)...]).joined(separator: " ").collapsingWhitespace
            if rest.count >= minimumLength { return rest }
            return firstProse(in: blocks[(index + 1)...])
        }
        return nil
    }

    /// "Issue Summary:", "**Summary**", "Issue Summary: On May 3rd, …".
    private static func isSummaryLabel(_ line: String) -> Bool {
        let label = line.firstIndex(of: ":").map { String(line[..<$0]) } ?? line
        return label.count <= 30 && SectionNames.isSummary(label)
    }

    /// The first paragraph (in a list item too) with enough words to say something; images
    /// do not count, not even one whose Markdown is broken (`![diagram](my diagram.png)`).
    private static func firstProse(in blocks: some Sequence<MarkdownNode>) -> String? {
        let paragraphs = blocks.lazy.flatMap { block in
            CollectionOfOne(block).filter { $0.kind == .paragraph } + block.descendants.filter { $0.kind == .paragraph }
        }
        for paragraph in paragraphs {
            let lines = TextLine.lines(of: paragraph).map(\.trimmed).filter { !$0.hasPrefix("![") }
            let text = lines.joined(separator: " ").collapsingWhitespace
            if text.count >= minimumLength { return text }
        }
        return nil
    }
}
