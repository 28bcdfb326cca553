/// A heading with nothing under it: the next heading is of the same or a higher level, or
/// the document ends. Usually a template section left unfilled.
struct EmptySectionRule: LintRule {
    let id = "section-empty"

    func findings(in document: LintedDocument) -> [Finding] {
        let blocks = document.context.blocks
        return blocks.indices.compactMap { index in
            guard case .heading(let level) = blocks[index].kind, isEmpty(after: index, level: level, in: blocks) else { return nil }
            let title = blocks[index].plainText.collapsingWhitespace
            return Finding(line: document.context.line(blocks[index]), message: "section “\(title)” is empty")
        }
    }

    private func isEmpty(after index: Int, level: Int, in blocks: [MarkdownNode]) -> Bool {
        guard index + 1 < blocks.count else { return true }
        guard case .heading(let nextLevel) = blocks[index + 1].kind else { return false }
        return nextLevel <= level
    }
}
