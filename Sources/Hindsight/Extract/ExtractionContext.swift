/// What every extraction rule reads: the parsed document, with helpers for the shapes
/// postmortems share (headed sections, plain text of blocks, file lines).
struct ExtractionContext {
    let document: ParsedDocument

    var frontMatter: FrontMatter? { document.frontMatter }
    var root: MarkdownNode { document.markdown.root }
    var blocks: [MarkdownNode] { Array(root.children) }

    func line(_ node: MarkdownNode) -> Int { document.fileLine(node) }

    /// The top-level blocks that follow the first heading whose text matches `isWanted`, up
    /// to the next heading of the same or a higher level.
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
        return collected
    }
}
