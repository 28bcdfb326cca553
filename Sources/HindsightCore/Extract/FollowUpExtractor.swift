/// The follow-ups of a postmortem: the action items listed under a section such as "Action
/// items", "Follow-ups", "Corrective and preventative measures", "Remediation" or "Next
/// steps" (a heading, or a label line in documents without Markdown), and the rows of any
/// table with an action column beside an owner or status column. Front matter
/// `follow_ups:` replaces them all.
enum FollowUpExtractor {
    static func followUps(in context: ExtractionContext) -> (items: [FollowUp], provenance: Provenance)? {
        if let stated = FollowUpFrontMatter.followUps(in: context.frontMatter) { return stated }
        let groups = sections(of: FollowUpLine.lines(of: context.blocks, context: context))
        let items = groups.flatMap { Self.items(in: $0, context: context) }
        guard let first = groups.first?.first else { return nil }
        let detail = items.isEmpty ? "a follow-up section without items" : "\(items.count) items of the follow-up sections"
        return (items, Provenance(.section, line: first.line.line, detail: detail))
    }

    /// A line of a follow-up section, with what the headings and labels above it say.
    struct Entry {
        var line: FollowUpLine
        /// Under a "TODO" heading or label: its items are open.
        var isToDo: Bool
        /// Under a "Prevention", "Detection"… sub-heading.
        var kind: FollowUp.Kind?
    }

    // MARK: Sections

    /// The follow-up sections' lines, one list per section, headings and labels left out.
    static func sections(of lines: [FollowUpLine]) -> [[Entry]] {
        var sections: [[Entry]] = []
        // The level of the heading that opened the current section; 7 for a label line,
        // which any heading ends.
        var openLevel: Int?
        var isToDo = false
        var kind: FollowUp.Kind?
        func open(_ level: Int, _ name: String) {
            openLevel = level
            sections.append([])
            isToDo = SectionNames.isToDo(name)
            kind = nil
        }
        for line in lines {
            if case .heading(let level) = line.shape {
                if let openedAt = openLevel, level <= openedAt { openLevel = nil }
                if openLevel == nil {
                    if SectionNames.isFollowUps(line.text) { open(level, line.text) }
                } else {
                    isToDo = isToDo || SectionNames.isToDo(line.text)
                    kind = FollowUpKindName.kind(of: line.text)
                }
                continue
            }
            if let label = label(of: line) {
                if SectionNames.isFollowUps(label) {
                    if openLevel == nil { open(7, label) }
                    isToDo = SectionNames.isToDo(label)
                } else if openLevel != nil, SectionNames.isSectionName(label) {
                    openLevel = nil
                }
                continue
            }
            if openLevel != nil {
                sections[sections.count - 1].append(Entry(line: line, isToDo: isToDo, kind: kind))
            } else if case .table(let node) = line.shape, FollowUpTable(node).isActionTable {
                sections.append([Entry(line: line, isToDo: false, kind: nil)])
            }
        }
        return sections.filter { !$0.isEmpty }
    }

    /// The name a line gives the lines after it, when it is a label: `Tasks:`,
    /// `**Improvements/Fixes:**`, `##Tasks to address the issue:` (no space, so no heading).
    static func label(of line: FollowUpLine) -> String? {
        guard case .table = line.shape else {
            var text = Substring(line.text.trimmed)
            while let first = text.first, !first.isWordCharacter, !"([\"'“".contains(first) { text = text.dropFirst() }
            let endsWithColon = text.hasSuffix(":")
            let name = (endsWithColon ? text.dropLast() : text).trimmed
            let words = name.split(separator: " ").count
            guard words > 0 else { return nil }
            if endsWithColon, words <= 12 { return name }
            if line.isEmphasized, words <= 8, SectionNames.isFollowUps(name) || SectionNames.isSectionName(name),
               !(line.isListItem && line.nested == 0) {
                return name
            }
            return nil
        }
        return nil
    }

    // MARK: Items

    static func items(in section: [Entry], context: ExtractionContext) -> [FollowUp] {
        let isStructured = section.contains { entry in
            switch entry.line.shape {
            case .table: true
            case .listItem: !entry.line.text.isEmpty
            default: false
            }
        }
        var items: [FollowUp] = []
        // A list item taken whole: the items nested under it are its details.
        var detailsDeeperThan: Int?
        for entry in section {
            let line = entry.line
            if let depth = detailsDeeperThan {
                if line.depth > depth { continue }
                detailsDeeperThan = nil
            }
            switch line.shape {
            case .heading:
                continue
            case .table(let node):
                items += FollowUpTable(node).followUps(kind: entry.kind, context: context)
            case .listItem(let depth, let nested):
                // A parent of several items is a category: its leaves are the actions.
                guard !line.text.isEmpty, nested < 2 else { continue }
                if nested == 1 { detailsDeeperThan = depth }
                items.append(followUp(line, text: line.text, entry: entry))
            case .line(let depth):
                for segment in segments(of: line.text) {
                    let isMarked = hasItemMarker(segment)
                    if isStructured, depth > 0 || !isMarked { continue }
                    guard isMarked || isItemSentence(segment) else { continue }
                    items.append(followUp(line, text: segment, entry: entry))
                }
            }
        }
        return items
    }

    private static func followUp(_ line: FollowUpLine, text: String, entry: Entry) -> FollowUp {
        let written = FollowUpText(text, links: line.links, checked: line.checked)
        let status = written.status ?? (line.isStruck ? .done : nil) ?? (entry.isToDo ? .open : nil) ?? .unknown
        let owner = written.owner ?? FollowUpText.mentionedOwner(in: written.text)
        return FollowUp(text: written.text, owner: owner, kind: entry.kind, status: status, link: written.link,
                        due: written.due, line: line.line)
    }

    /// A line cut at its inline bullets: `• Patch the server • Add monitoring`.
    private static func segments(of text: String) -> [String] {
        let parts = text.split(separator: "•").map(\.trimmed).filter { !$0.isEmpty }
        return parts.count > 1 ? parts : [text]
    }

    /// A marker that makes a line an item even among prose: a box, a status label, a
    /// pseudo-bullet without its space (`-Update …`).
    private static func hasItemMarker(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["[ ]", "[x]", "[]", "-[ ]", "-[x]", "todo", "to-do", "done:", "action taken", "action planned"].contains { lowered.hasPrefix($0) }
            || text.hasPrefix("DONE") || text.hasPrefix("•")
            || (text.hasPrefix("-") && text.dropFirst().first?.isLetter == true)
    }

    /// A plain line that states one action, not a lead-in, a conclusion or a long narrative.
    private static func isItemSentence(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard text.contains(where: \.isLetter), !text.hasSuffix(":") else { return false }
        if closingOpenings.contains(where: lowered.hasPrefix) { return false }
        return text.split(separator: " ").count <= 60
    }

    private static let closingOpenings = [
        "in conclusion", "by addressing", "by implementing", "overall", "in summary", "to conclude", "these measures",
        "by taking", "with these", "note that", "http", "this incident", "we believe", "by following",
    ]
}

extension FollowUpLine {
    /// The list items directly under a list item's headline; 0 for other lines.
    var nested: Int {
        if case .listItem(_, let nested) = shape { return nested }
        return 0
    }
}
