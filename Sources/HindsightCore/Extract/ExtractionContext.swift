/// What every extraction rule reads: the parsed document, with helpers for the shapes
/// postmortems share (headed sections, plain text of blocks, file lines).
struct ExtractionContext {
    let document: ParsedDocument
    /// The document's top-level blocks, listed once: every rule walks them. In a huge
    /// document only the first and last blocks are read (see `readsEveryBlock`).
    let blocks: [MarkdownNode]
    /// False when the document has more than `blockLimit` blocks: its metadata were looked
    /// for in its first and last blocks, so that no document can stall the build.
    let readsEveryBlock: Bool

    static let blockLimit = 2_000

    init(document: ParsedDocument) {
        self.document = document
        let all = Array(document.markdown.root.children)
        readsEveryBlock = all.count <= Self.blockLimit
        blocks = readsEveryBlock ? all : Array(all.prefix(Self.blockLimit * 3 / 4) + all.suffix(Self.blockLimit / 4))
    }

    /// The blocks and everything inside them, in document order.
    var nodes: some Sequence<MarkdownNode> {
        blocks.lazy.flatMap { block in [block] + Array(block.descendants) }
    }

    var frontMatter: FrontMatter? { document.frontMatter }
    var root: MarkdownNode { document.markdown.root }

    func line(_ node: MarkdownNode) -> Int { document.fileLine(node) }

    /// The top-level blocks that follow the first heading whose text matches `isWanted`, up
    /// to the next heading of the same or a higher level; failing a heading, the blocks of a
    /// list item headed so (`1. Authors` then `- Paul Beaudoin`).
    func section(where isWanted: (String) -> Bool) -> [MarkdownNode]? {
        var collected: [MarkdownNode]?
        var level = 0
        for block in blocks {
            if case .heading(let headingLevel) = block.kind {
                if collected != nil, headingLevel <= level { return collected }
                if collected == nil, isWanted(block.plainText.trimmed) {
                    collected = []
                    level = headingLevel
                    continue
                }
            }
            collected?.append(block)
        }
        return collected ?? listItemSection(where: isWanted)
    }

    /// The nested blocks of the first top-level list item whose headline alone matches.
    func listItemSection(where isWanted: (String) -> Bool) -> [MarkdownNode]? {
        for block in blocks {
            guard case .list = block.kind else { continue }
            for item in block.children {
                if let blocks = Self.sectionBlocks(ofItem: item, where: isWanted) { return blocks }
            }
        }
        return nil
    }

    /// The blocks under a list item's headline when the headline is a short label that
    /// matches and something is nested under it.
    static func sectionBlocks(ofItem item: MarkdownNode, where isWanted: (String) -> Bool) -> [MarkdownNode]? {
        let children = item.children.makeIterator()
        guard let headline = children.next(), headline.kind == .paragraph, let firstNested = children.next() else { return nil }
        // A label is short: most list items are sentences, passed over before their words are read.
        let text = headline.plainText
        guard text.utf8.count <= 60, !text.contains("\n") else { return nil }
        let label = text.trimmed
        guard label.split(separator: " ").count <= 6, isWanted(label) else { return nil }
        return [firstNested] + Array(IteratorSequence(children))
    }
}
