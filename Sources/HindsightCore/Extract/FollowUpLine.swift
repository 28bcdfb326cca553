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

    var isHeading: Bool {
        if case .heading = shape { return true }
        return false
    }

    var isListItem: Bool {
        if case .listItem = shape { return true }
        return false
    }

    /// The list items directly under a list item's headline; 0 for other lines.
    var nested: Int {
        if case .listItem(_, let nested) = shape { return nested }
        return 0
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
                    lines += item(headline, depth: depth + 1, nested: nested, checked: node.taskChecked, context: context)
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
                lines += HTMLText.plainText(node.literal).nonEmptyLines.map {
                    FollowUpLine(shape: .line(depth: depth), text: $0.trimmed, line: context.line(node))
                }.filter { !$0.text.isEmpty }
            case .codeBlock(let info):
                // Fenced code in a language is code; an indented block is often text indented by mistake.
                guard info.isEmpty else { continue }
                lines += node.literal.nonEmptyLines.enumerated().map {
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

    /// A list item's headline, its first paragraph, then the lines of that paragraph that
    /// open with a marker as lines inside the item: notes run into the item
    /// (`1. Automated testing:` over `— Add tests …` lines that continue it lazily).
    private static func item(_ headline: MarkdownNode, depth: Int, nested: Int, checked: Bool?, context: ExtractionContext) -> [FollowUpLine] {
        let groups = unwrapped(TextLine.lines(of: headline).filter { !$0.trimmed.isEmpty })
        // A hard-wrapped item's later sentences are still the item; a line that opens with a
        // marker (`— Add tests`, `• Rotate keys`) is a note of its own.
        let itemGroups = groups.isEmpty ? 0 : 1 + groups.dropFirst().prefix { !hasItemMarker($0.first?.trimmed ?? "") }.count
        let kept = Array(groups.prefix(itemGroups).joined())
        var line = FollowUpLine(shape: .listItem(depth: depth, nested: nested),
                                text: kept.map(\.trimmed).joined(separator: " "), links: kept.flatMap(\.links),
                                line: context.line(headline), checked: checked)
        line.isEmphasized = kept.allSatisfy(\.isEmphasized)
        line.isStruck = isStruck(headline)
        var offset = kept.count
        let notes = groups.dropFirst(itemGroups).map { group in
            defer { offset += group.count }
            return FollowUpLine(shape: .line(depth: depth), text: group.map(\.trimmed).joined(separator: " ").trimmed,
                                links: group.flatMap(\.links), line: context.line(headline) + offset)
        }
        return [line] + notes
    }

    /// A paragraph's lines, those wrapped by hand joined again: Markdown-less postmortems
    /// put one action on each line, others wrap a sentence over several.
    private static func paragraphLines(_ paragraph: MarkdownNode, depth: Int, context: ExtractionContext) -> [FollowUpLine] {
        let first = context.line(paragraph)
        let struck = isStruck(paragraph)
        var offset = 0
        return unwrapped(TextLine.lines(of: paragraph)).compactMap { joined in
            defer { offset += joined.count }
            let text = joined.map(\.trimmed).joined(separator: " ").trimmed
            guard !text.isEmpty, !joined.allSatisfy(\.isDecoration) || joined.contains(where: { !$0.links.isEmpty }) else { return nil }
            var line = FollowUpLine(shape: .line(depth: depth), text: text, links: joined.flatMap(\.links), line: first + offset)
            line.isEmphasized = joined.allSatisfy(\.isEmphasized)
            line.isStruck = struck
            return line
        }
    }

    /// Lines grouped into the sentences they carry: a line continues the one before when that
    /// one stops mid-phrase (on a comma, a dash, an open bracket or a word such as "as" or
    /// "to") or the line begins in lower case, or with a link or code inside a sentence; any
    /// other line starts an item of its own, as in Markdown-less postmortems.
    private static func unwrapped(_ lines: [TextLine]) -> [[TextLine]] {
        var groups: [[TextLine]] = []
        for line in lines {
            if let previous = groups.last?.last?.trimmed, let last = previous.last, let next = line.trimmed.first,
               ",-–—(/&".contains(last) || next.isLowercase || ("([`".contains(next) && !".!?:".contains(last) && !opensWithBox(line.trimmed))
                || endsMidPhrase(previous) {
                groups[groups.count - 1].append(line)
            } else {
                groups.append([line])
            }
        }
        return groups
    }

    /// A marker that makes a line an item even among prose: a box, a status label, a
    /// pseudo-bullet without its space (`-Update …`).
    static func hasItemMarker(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["[ ]", "[x]", "[]", "-[ ]", "-[x]", "todo", "to-do", "done:", "action taken", "action planned"].contains { lowered.hasPrefix($0) }
            || text.hasPrefix("DONE") || ["•", "—", "–", "➤", "→"].contains { text.hasPrefix($0) }
            || (text.hasPrefix("-") && text.dropFirst().first?.isLetter == true)
    }

    /// `[ ] Add …`, `[] Add …`, `[x] Added …`: a task's box, which starts an item of its own.
    private static func opensWithBox(_ line: String) -> Bool {
        ["[]", "[ ]", "[x]", "[X]"].contains { line.hasPrefix($0) }
    }

    /// "… such as", "… to", "… the": a line that stops on a word no sentence ends with.
    private static func endsMidPhrase(_ line: String) -> Bool {
        let word = line.utf8.lastIndex(of: UInt8(ascii: " ")).map { line[line.index(after: $0)...] } ?? Substring(line)
        return phraseWords.contains(word.lowercased())
    }

    private static let phraseWords: Set<String> = [
        "a", "an", "the", "as", "to", "of", "for", "with", "in", "on", "at", "by", "from", "and", "or", "such", "like", "into",
    ]

    /// True when struck-through text is all the words of the block.
    private static func isStruck(_ block: MarkdownNode) -> Bool {
        let struck = block.descendants.filter { $0.kind == .strikethrough }.map(\.plainText).joined()
        return !struck.isEmpty && struck.filter(\.isWordCharacter) == block.plainText.filter(\.isWordCharacter)
    }
}
