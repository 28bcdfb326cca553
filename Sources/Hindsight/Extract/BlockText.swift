/// The text of the blocks that hold text (paragraphs, headings, table cells, code, raw HTML)
/// in document order, one string per block, so that scanners never see two cells or two
/// paragraphs run together.
enum BlockText {
    static func texts(in blocks: some Sequence<MarkdownNode>) -> [String] {
        blocks.flatMap { block in
            CollectionOfOne(block).lazy.compactMap(text) + block.descendants.compactMap(text)
        }
    }

    private static func text(of node: MarkdownNode) -> String? {
        switch node.kind {
        case .paragraph, .heading, .tableCell: node.plainText
        case .codeBlock: node.literal
        case .htmlBlock: HTMLText.plainText(node.literal)
        default: nil
        }
    }
}
