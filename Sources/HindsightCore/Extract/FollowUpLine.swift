/// One line of a document as the follow-up reader walks it: a heading, the headline of a
/// list item, a line of a paragraph, code or HTML block, or a whole table. Markdown-less
/// postmortems write their action items as plain lines, so every line is a candidate.
struct FollowUpLine {
    enum Shape {
        case heading(level: Int)
        /// The headline of a list item `depth` lists deep; `nested` counts the list items
        /// directly under it.
        case listItem(depth: Int, nested: Int)
        /// A line of a paragraph, code block or HTML block, `depth` list items deep.
        case line(depth: Int)
        case table(MarkdownNode)
    }

    var shape: Shape
    var text: String
    var links: [TextLine.Link] = []
    /// The file line.
    var line: Int
    /// A task-list item's box, or a `[ ]` / `[x]` written in the text.
    var checked: Bool?
    /// Every word is struck through: `~~Rotate the keys~~`.
    var isStruck = false
    /// Every word is bold or italic: a label such as `**Tasks:**`.
    var isEmphasized = false

    var depth: Int {
        switch shape {
        case .heading, .table: 0
        case .listItem(let depth, _), .line(let depth): depth
        }
    }

    var isListItem: Bool {
        if case .listItem = shape { return true }
        return false
    }
}

extension FollowUpLine {
    /// The lines of the document's blocks, in order. Walks with an explicit stack, so deep
    /// nesting cannot overflow the call stack.
    static func lines(of blocks: [MarkdownNode], context: ExtractionContext) -> [FollowUpLine] {
        var lines: [FollowUpLine] = []
        var pending = blocks.reversed().map { (node: $0, depth: 0) }
        while let (node, depth) = pending.popLast() {
            switch node.kind {
            case .list, .blockQuote:
                pending += node.children.map { ($0, depth) }.reversed()
            case .item:
                let children = Array(node.children)
                let nested = children.dropFirst().filter { if case .list = $0.kind { true } else { false } }
                    .reduce(0) { $0 + $1.children.reduce(0) { count, _ in count + 1 } }
                var rest = children[...]
                if let headline = children.first, headline.kind == .paragraph {
                    rest = children.dropFirst()
                    lines.append(item(headline, depth: depth + 1, nested: nested, checked: node.taskChecked, context: context))
                } else {
                    lines.append(FollowUpLine(shape: .listItem(depth: depth + 1, nested: nested), text: "",
                                              line: context.line(node), checked: node.taskChecked))
                }
                pending += rest.map { ($0, depth + 1) }.reversed()
            case .heading(let level):
                lines.append(FollowUpLine(shape: .heading(level: level), text: node.plainText.trimmed, line: context.line(node)))
            case .paragraph:
                lines += paragraphLines(node, depth: depth, context: context)
            case .htmlBlock:
                lines += HTMLText.plainText(node.literal).split(separator: "\n").map {
                    FollowUpLine(shape: .line(depth: depth), text: $0.trimmed, line: context.line(node))
                }.filter { !$0.text.isEmpty }
            case .codeBlock:
                lines += node.literal.split(separator: "\n").enumerated().map {
                    FollowUpLine(shape: .line(depth: depth), text: $1.trimmed, line: context.line(node) + $0 + 1)
                }.filter { !$0.text.isEmpty }
            case .table:
                lines.append(FollowUpLine(shape: .table(node), text: "", line: context.line(node)))
            default:
                continue
            }
        }
        return lines
    }

    /// A list item's headline: its first line, with the lines that continue it (a line
    /// wrapped by hand ends without a full stop), but not a line after a finished sentence,
    /// which is a note run into the item.
    private static func item(_ headline: MarkdownNode, depth: Int, nested: Int, checked: Bool?, context: ExtractionContext) -> FollowUpLine {
        let textLines = TextLine.lines(of: headline).filter { !$0.trimmed.isEmpty }
        var kept = textLines.prefix(1)
        for next in textLines.dropFirst() {
            guard let last = kept.last?.trimmed.last, !".!?:)".contains(last) else { break }
            kept.append(next)
        }
        var line = FollowUpLine(shape: .listItem(depth: depth, nested: nested),
                                text: kept.map(\.trimmed).joined(separator: " "), links: kept.flatMap(\.links),
                                line: context.line(headline), checked: checked)
        line.isEmphasized = kept.allSatisfy(\.isEmphasized)
        line.isStruck = isStruck(headline)
        return line
    }

    private static func paragraphLines(_ paragraph: MarkdownNode, depth: Int, context: ExtractionContext) -> [FollowUpLine] {
        let first = context.line(paragraph)
        let struck = isStruck(paragraph)
        return TextLine.lines(of: paragraph).enumerated().compactMap { offset, textLine in
            let text = textLine.trimmed
            guard !text.isEmpty, !textLine.isDecoration || !textLine.links.isEmpty else { return nil }
            var line = FollowUpLine(shape: .line(depth: depth), text: text, links: textLine.links, line: first + offset)
            line.isEmphasized = textLine.isEmphasized
            line.isStruck = struck
            return line
        }
    }

    /// True when struck-through text is all the words of the block.
    private static func isStruck(_ block: MarkdownNode) -> Bool {
        let struck = block.descendants.filter { $0.kind == .strikethrough }.map(\.plainText).joined()
        return !struck.isEmpty && struck.filter(\.isWordCharacter) == block.plainText.filter(\.isWordCharacter)
    }
}
