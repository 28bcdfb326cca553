extension ParsedDocument {
    /// The file line of the first link or image to `url` (cmark-gfm knows the line of the
    /// paragraph, table or list item that holds an inline, so that line is used).
    func lineOfLink(to url: String) -> Int {
        let link = markdown.root.descendants.first { node in
            switch node.kind {
            case .link, .image: node.url == url
            default: false
            }
        }
        return link.flatMap(lineOfNearestBlock) ?? bodyFirstLine
    }

    private func lineOfNearestBlock(_ node: MarkdownNode) -> Int? {
        var current: MarkdownNode? = node
        while let candidate = current, candidate.line == 0 { current = candidate.parent }
        return current.map(fileLine)
    }
}
