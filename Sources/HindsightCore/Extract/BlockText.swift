/// The text of the blocks that hold text (paragraphs, headings, table rows, code, raw HTML)
/// in document order, one string per block, so that scanners never see two rows or two
/// paragraphs run together.
enum BlockText {
    /// The texts, each with the file line of its block and whether it is code.
    static func located(in blocks: some Sequence<MarkdownNode>, context: ExtractionContext) -> [(text: String, line: Int, isCode: Bool)] {
        var located: [(text: String, line: Int, isCode: Bool)] = []
        func add(_ node: MarkdownNode) {
            guard let text = text(of: node) else { return }
            if case .codeBlock = node.kind {
                located.append((text, context.line(node), true))
            } else {
                located.append((text, context.line(node), false))
            }
        }
        for block in blocks {
            add(block)
            block.descendants.forEach(add)
        }
        return located
    }

    /// A table row reads as `first cell: other cells`, so that its first cell labels the rest
    /// as a line's label does (`| **Reported on** | Dec-27-2022 |`).
    static func text(of node: MarkdownNode) -> String? {
        switch node.kind {
        case .tableRow(isHeader: false):
            let cells = node.children.map(\.plainText)
            guard let first = cells.first else { return nil }
            return cells.count == 1 ? first : first + ": " + cells.dropFirst().joined(separator: " | ")
        case .tableRow(isHeader: true): return node.children.map(\.plainText).joined(separator: " | ")
        case .paragraph, .heading: return node.plainText
        case .codeBlock: return node.literal
        case .htmlBlock: return HTMLText.plainText(node.literal)
        default: return nil
        }
    }
}
