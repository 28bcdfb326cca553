extension MarkdownNode {
    /// The node's text as a reader sees it: emphasis and links reduced to their words,
    /// images to their alt text, inline HTML dropped (`<br>` kept as a line break),
    /// and soft or hard line breaks as "\n".
    public var plainText: String {
        if kind.isLeaf { return Self.text(ofLeaf: self) }
        var text = ""
        for node in descendants where node.kind.isLeaf {
            text += Self.text(ofLeaf: node)
        }
        return text
    }

    /// The text as a sentence reads, without images: `plainText` less the alt text of images
    /// and badges, which an event's text does not include.
    public var textWithoutImages: String {
        // Most paragraphs hold no image: their plain text is the same, and cheaper.
        guard descendants.contains(where: { $0.kind == .image }) else { return plainText }
        var text = ""
        var pending = [self]
        while let node = pending.popLast() {
            if node.kind == .image { continue }
            if node.kind.isLeaf {
                text += Self.text(ofLeaf: node)
            } else {
                pending += node.children.reversed()
            }
        }
        return text
    }

    private static func text(ofLeaf node: MarkdownNode) -> String {
        switch node.kind {
        case .softBreak, .lineBreak: "\n"
        case .htmlInline: node.literal.lowercased().hasPrefix("<br") ? "\n" : ""
        case .footnoteReference, .thematicBreak: ""
        default: node.literal
        }
    }
}
