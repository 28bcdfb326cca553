/// An action-items table: one follow-up per body row, its fields read from the columns the
/// header names (Action item, Owner, Status, Bug, Type, Due…).
struct FollowUpTable {
    private enum Column {
        case action, owner, status, link, kind, due
    }

    private let node: MarkdownNode
    private let columns: [Column?]

    init(_ node: MarkdownNode) {
        self.node = node
        let header = node.children.first { $0.kind == .tableRow(isHeader: true) }
        columns = (header.map { Array($0.children) } ?? []).map { Self.column(named: $0.plainText) }
    }

    /// True when the header names an action column and an owner or status column: such a
    /// table is a list of follow-ups wherever it stands.
    var isActionTable: Bool {
        columns.contains(.action) && (columns.contains(.owner) || columns.contains(.status))
    }

    func followUps(kind sectionKind: FollowUp.Kind?, context: ExtractionContext) -> [FollowUp] {
        node.children.compactMap { row in
            guard row.kind == .tableRow(isHeader: false) else { return nil }
            return followUp(Array(row.children), line: context.line(row), sectionKind: sectionKind)
        }
    }

    private func followUp(_ row: [MarkdownNode], line: Int, sectionKind: FollowUp.Kind?) -> FollowUp? {
        func cells(_ column: Column) -> [MarkdownNode] {
            zip(columns, row).filter { $0.0 == column }.map(\.1)
        }
        let actionCell = cells(.action).first ?? row.first
        guard let actionCell else { return nil }
        let textLines = TextLine.lines(of: actionCell)
        var written = FollowUpText(textLines.map(\.trimmed).joined(separator: " "), links: textLines.flatMap(\.links))
        // A row left as the template wrote it has no action, or an ellipsis for one.
        guard written.text.contains(where: \.isWordCharacter), !written.text.hasPrefix("..."), !written.text.hasPrefix("…") else { return nil }
        let others = zip(columns, row).filter { $0.1.index != actionCell.index }
        if let owner = cells(.owner).map({ $0.plainText.collapsingWhitespace }).first(where: Self.isOwner) {
            written.owner = owner.hasSuffix("@") ? String(owner.dropLast()) : owner
        }
        // A status is read from the Status column, then from any other cell teams use for it (Notes, Bug, Reference).
        let statusCells = cells(.status) + others.filter { $0.0 != .status && $0.0 != .owner }.map(\.1)
        if let stated = statusCells.lazy.compactMap({ Self.status(in: $0.plainText) }).first {
            written.status = stated
        }
        for cell in cells(.link) + others.map(\.1) where written.link == nil {
            let lines = TextLine.lines(of: cell)
            written.link = FollowUpText.trackerLink(links: lines.flatMap(\.links), text: cell.plainText.collapsingWhitespace)
        }
        let kind = cells(.kind).lazy.compactMap { FollowUpKindName.kind(of: $0.plainText) }.first ?? sectionKind
        let due = cells(.due).lazy.compactMap { DayGrammar.firstDate(in: $0.plainText) }.first ?? written.due
        return FollowUp(text: written.text, owner: written.owner, kind: kind, status: written.status ?? .unknown,
                        link: written.link, due: due, line: line)
    }

    /// A status stated anywhere in a cell: `DONE`, `Bug 5554823 **TODO**`, `✅`.
    private static func status(in cell: String) -> FollowUp.Status? {
        if let stated = FollowUpText.status(stated: cell) { return stated }
        let words = SectionNames.words(cell)
        if words.contains("done") || words.contains("fixed") { return .done }
        if words.contains("todo") { return .open }
        return nil
    }

    /// Not a placeholder (`???`, `TBD`, `-`) and not a sentence.
    private static func isOwner(_ cell: String) -> Bool {
        cell.contains(where: \.isLetter) && !["tbd", "n a", "none", "unassigned", "unknown"].contains(SectionNames.normalized(cell))
            && cell.split(separator: " ").count <= 6
    }

    private static func column(named header: String) -> Column? {
        let words = SectionNames.words(header)
        let name = words.joined(separator: " ")
        if words.contains(where: ["owner", "owners", "assignee", "assigned", "responsible", "who", "dri", "lead"].contains) { return .owner }
        if words.contains(where: ["status", "state", "done", "progress", "complete", "completed"].contains) { return .status }
        if words.contains(where: ["bug", "bugs", "issue", "issues", "ticket", "tickets", "tracking", "link", "links", "jira", "pr", "reference", "references", "tracker"].contains) { return .link }
        if words.contains(where: ["type", "kind", "category"].contains) { return .kind }
        if words.contains(where: ["due", "deadline", "eta", "target", "by"].contains) { return .due }
        if words.contains(where: ["action", "actions", "item", "items", "task", "tasks", "description", "what", "todo", "measure", "measures", "remediation", "follow", "improvement", "fix", "fixes"].contains)
            || name == "to do" { return .action }
        return nil
    }
}

/// The kinds of follow-up as teams name them in a Type column or a sub-heading.
enum FollowUpKindName {
    static func kind(of text: String) -> FollowUp.Kind? {
        for word in SectionNames.words(text) {
            switch word {
            case "prevent", "prevention", "preventive", "preventative", "prevents": return .prevent
            case "mitigate", "mitigation", "mitigations", "mitigates", "repair", "fix", "fixes": return .mitigate
            case "detect", "detection", "detections", "monitoring", "alerting": return .detect
            case "process", "processes", "procedure", "training": return .process
            default: continue
            }
        }
        return nil
    }
}
