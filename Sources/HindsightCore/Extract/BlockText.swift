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

    /// A table whose header names the fields of a window (`| Start | End | Duration |`) and
    /// whose few rows give their values reads as those fields' lines (`Start: 14:02`), as a
    /// table of fields written down its rows does.
    private static func windowFields(of table: MarkdownNode) -> String? {
        let children = Array(table.children)
        guard let header = children.first, case .tableRow(isHeader: true) = header.kind else { return nil }
        let labels = header.children.map { $0.plainText.trimmed }
        let rows = children.dropFirst()
        guard labels.count >= 2, (1...windowRows).contains(rows.count), labels.contains(where: namesAWindowField) else { return nil }
        return rows.map { row in
            zip(labels, row.children.map(\.plainText)).map { "\($0): \($1)" }.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    /// How many rows a table of windows may have: one per episode of the incident, not a timeline.
    private static let windowRows = 3

    private static func namesAWindowField(_ label: String) -> Bool {
        label.lowercased().split { !$0.isLetter }.contains { windowFieldWords.contains(String($0)) }
    }

    private static let windowFieldWords: Set<String> = [
        "start", "started", "began", "begin", "end", "ended", "resolved", "recovered", "restored", "duration", "downtime",
    ]

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
        case .table: return windowFields(of: node)
        case .codeBlock: return node.literal
        case .htmlBlock: return HTMLText.plainText(node.literal)
        default: return nil
        }
    }
}
