/// Every GFM table of the document and every heading, in order.
enum TableExtractor {
    static func tables(in context: ExtractionContext) -> [DataTable] {
        context.root.descendants.compactMap { node in
            guard case .table = node.kind else { return nil }
            return table(node, line: context.line(node))
        }
    }

    static func table(_ node: MarkdownNode, line: Int) -> DataTable {
        var header: [String] = []
        var rows: [[String]] = []
        for row in node.children {
            let cells = row.children.map { $0.plainText.collapsingWhitespace }
            if case .tableRow(isHeader: true) = row.kind {
                header = cells
            } else {
                rows.append(cells)
            }
        }
        return DataTable(header: header, rows: rows, line: line)
    }

    static func sections(in context: ExtractionContext) -> [Section] {
        context.root.descendants.compactMap { node in
            guard case .heading(let level) = node.kind else { return nil }
            let title = node.plainText.collapsingWhitespace
            return title.isEmpty ? nil : Section(title: title, level: level, line: context.line(node))
        }
    }
}
