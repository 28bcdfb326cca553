/// One block of a timeline section reduced to what entry reading needs: its lines of plain
/// text with their file lines, whether it is a heading, and where it sits in lists.
struct TimelineBlock {
    struct Line {
        var text: String
        /// The line in the source file.
        var line: Int
    }

    var lines: [Line]
    var isHeading = false
    /// How many list items enclose the block.
    var depth = 0
    /// True for the first block of a list item: the item's headline.
    var opensItem = false

    /// The lines joined into one line of text.
    var text: String { lines.map(\.text).joined(separator: " ").trimmed }
}

extension TimelineBlock.Line {
    /// The line cut before each time that starts a sentence and is followed by its
    /// separator: "12:00pm EAT: Issue was detected. 12:06pm EAT: While using curl…" is two
    /// entries written on one line.
    var entriesWrittenInline: [TimelineBlock.Line] {
        guard Self.mayHoldTwoClocks(text) else { return [self] }
        let tokens = TextToken.tokenize(Substring(text))
        var cuts: [String.Index] = []
        for index in tokens.indices.dropFirst() where tokens[index].spaced && [".", "!", "?"].contains(tokens[index - 1].text) {
            guard let phrase = TimeGrammar.phrase(at: index, in: tokens, setting: .timeline), phrase.hasClock,
                  phrase.tokens.upperBound < tokens.count, tokens[phrase.tokens.upperBound].text == ":"
            else { continue }
            cuts.append(tokens[index].text.startIndex)
        }
        guard !cuts.isEmpty else { return [self] }
        let bounds = [text.startIndex] + cuts + [text.endIndex]
        return zip(bounds, bounds.dropFirst()).map { TimelineBlock.Line(text: String(text[$0..<$1]).trimmed, line: line) }
    }

    /// Two clocks (a digit, a colon, a digit) and a full stop: most lines have fewer, and
    /// this scan over the bytes spares them tokenizing.
    private static func mayHoldTwoClocks(_ text: String) -> Bool {
        var clocks = 0, hasStop = false
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == 46 { hasStop = true }
            if previous.1 == 58, (48...57).contains(previous.0), (48...57).contains(byte) { clocks += 1 }
            previous = (previous.1, byte)
        }
        return clocks >= 2 && hasStop
    }
}

extension TimelineBlock {
    /// The blocks of `node` in document order: paragraphs and headings as they are, list
    /// items and block quotes opened, each table row and each code or HTML line on its own.
    /// Walks with an explicit stack, so deep nesting cannot overflow the call stack.
    static func blocks(of node: MarkdownNode, context: ExtractionContext) -> [TimelineBlock] {
        var blocks: [TimelineBlock] = []
        var pending = [(node: node, depth: 0, opensItem: false)]
        while let (node, depth, opensItem) = pending.popLast() {
            switch node.kind {
            case .list, .blockQuote:
                pending += node.children.map { ($0, depth, opensItem) }.reversed()
            case .item:
                pending += node.children.enumerated().map { ($1, depth + 1, $0 == 0) }.reversed()
            case .heading:
                blocks.append(TimelineBlock(lines: [Line(text: node.plainText.trimmed, line: context.line(node))], isHeading: true, depth: depth))
            case .paragraph, .htmlBlock, .codeBlock:
                let lines = textLines(of: node, context: context)
                if !lines.isEmpty { blocks.append(TimelineBlock(lines: lines, depth: depth, opensItem: opensItem)) }
            case .table:
                blocks += tableRows(of: node, context: context).map { TimelineBlock(lines: [$0], depth: depth) }
            default:
                continue
            }
        }
        return blocks
    }

    /// The non-empty lines of a paragraph, HTML block or code block, as plain text.
    static func textLines(of node: MarkdownNode, context: ExtractionContext) -> [Line] {
        let first = context.line(node)
        switch node.kind {
        case .paragraph:
            return numbered(node.textWithoutImages.lines, from: first)
                .flatMap(\.entriesWrittenInline)
        case .htmlBlock:
            // One source line at a time, so that each text line keeps its file line.
            return node.literal.lines.enumerated().flatMap { offset, source in
                numbered(HTMLText.plainText(String(source)).nonEmptyLines, from: first + offset)
            }
        case .codeBlock:
            return numbered(node.literal.lines, from: first)
        default:
            return []
        }
    }

    private static func numbered(_ texts: [Substring], from first: Int) -> [Line] {
        texts.enumerated().compactMap { offset, text in
            let line = text.trimmed
            return line.isEmpty ? nil : Line(text: line, line: first + offset)
        }
    }

    /// Body rows as `cell | cell` lines: a time in the first cell reads like a timed line.
    private static func tableRows(of table: MarkdownNode, context: ExtractionContext) -> [Line] {
        table.children.compactMap { row in
            guard case .tableRow(isHeader: false) = row.kind else { return nil }
            let cells = row.children.map { $0.plainText.collapsingWhitespace }
            return Line(text: cells.joined(separator: " | "), line: context.line(row))
        }
    }
}
