/// The incident in a few sentences: front matter `summary` or `description`, else the first
/// paragraph of a section headed like "Issue Summary", else the first paragraph.
enum SummaryExtractor {
    static func summary(in context: ExtractionContext) -> String {
        if let summary = context.frontMatter?.text("summary") ?? context.frontMatter?.text("description") {
            return oneLine(summary)
        }
        let candidates = context.section(where: SectionNames.isSummary) ?? context.blocks
        let paragraph = candidates.first { block in
            guard case .paragraph = block.kind else { return false }
            return oneLine(block.plainText).count >= 20
        }
        return paragraph.map { oneLine($0.plainText) } ?? ""
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
