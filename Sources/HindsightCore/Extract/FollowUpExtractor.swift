/// The follow-ups of a postmortem: the action items listed under a section such as "Action
/// items", "Follow-ups", "Corrective and preventative measures", "Remediation" or "Next
/// steps" (a heading, or a label line in documents without Markdown), and the rows of any
/// table with an action column beside an owner or status column. Front matter
/// `follow_ups:` replaces them all.
enum FollowUpExtractor {
    static func followUps(in context: ExtractionContext) -> (items: [FollowUp], provenance: Provenance)? {
        if let stated = FollowUpFrontMatter.followUps(in: context.frontMatter) { return stated }
        // Each line is read as a label once, for both kinds of section looked for.
        let lines = FollowUpLine.lines(of: context.blocks, context: context).map { line in
            (line: line, label: line.isHeading ? nil : label(of: line))
        }
        let groups = sections(of: lines, opening: .followUps)
        // An archetype's prompt row (`| _What will prevent it…_ | _Name_ | Open |`) is no commitment yet.
        let prompts = Set(Placeholders(in: context).all.map(\.line))
        let items = groups.flatMap { Self.items(in: $0, context: context) }.filter { !prompts.contains($0.line) }
        if items.isEmpty, let lessons = lessonsToDo(in: lines, context: context) { return lessons }
        guard let first = groups.first?.first else { return nil }
        let detail = items.isEmpty ? "a follow-up section without items" : "\(items.count) items of the follow-up sections"
        return (items, Provenance(.section, line: first.line.line, detail: detail))
    }

    /// With no action items (no section, or only an unfilled template), the listed lessons
    /// phrased as work to do: "Takeaways: - Need to ensure smoke tests run", "The lessons we
    /// are taking away are: - We need to document the deploy process". A paragraph of lessons
    /// is their story, not a list of work.
    private static func lessonsToDo(in lines: [ReadLine], context: ExtractionContext) -> (items: [FollowUp], provenance: Provenance)? {
        // Most documents name no lessons: a byte search tells so before any line is read as a label.
        let names: [StaticString] = ["lesson", "takeaway", "learnings"]
        guard lines.contains(where: { read in names.contains { ASCIIText.contains($0, ignoringCaseIn: read.line.text) } }) else { return nil }
        let groups = sections(of: lines, opening: .lessons).map { $0.filter { $0.line.isListItem && !$0.isObservation } }
        let items = groups.flatMap { Self.items(in: $0, context: context) }.filter { LessonPhrasing.isCommitment($0.text) }
        guard let first = items.first else { return nil }
        return (items, Provenance(.section, line: first.line, detail: "\(items.count) lessons phrased as work to do"))
    }

    /// A line of a follow-up section, with what the headings and labels above it say.
    struct Entry {
        var line: FollowUpLine
        /// Under a "TODO" heading or label: its items are open.
        var isToDo: Bool
        /// Under a "Prevention", "Detection"… sub-heading.
        var kind: FollowUp.Kind?
        /// Under a "What went well", "What went wrong" or "Where we got lucky" sub-heading:
        /// what was seen, not what to do.
        var isObservation = false
    }

    // MARK: Sections

    /// What opened the current follow-up section, and so what ends it.
    private enum Scope {
        /// A heading: the next heading of the same or a higher level.
        case heading(level: Int)
        /// A label line (`Corrective and preventative measures:`): the next heading.
        case label
        /// A list item headed so (`7. Preventative Measures` over its bullets): the next
        /// line as shallow as the item.
        case listItem(depth: Int)

        func isEnded(by line: FollowUpLine) -> Bool {
            switch (self, line.shape) {
            case (.heading(let level), .heading(let other)): other <= level
            case (.label, .heading), (.listItem, .heading): true
            case (.listItem(let depth), _): line.depth <= depth
            default: false
            }
        }
    }

    /// What a section the reader collects is about.
    enum Topic {
        /// "Action items", "Follow-ups", "Corrective measures", "Next steps"…
        case followUps
        /// "Lessons learned", "Takeaways": follow-ups only where phrased as work to do.
        case lessons

        func isNamed(by name: SectionName) -> Bool {
            switch self {
            case .followUps: SectionNames.isFollowUps(name)
            case .lessons: SectionNames.isLessons(name)
            }
        }

        func isNamed(by label: Label) -> Bool {
            switch self {
            case .followUps: label.namesFollowUps
            case .lessons: SectionNames.isLessons(label.name)
            }
        }
    }

    /// A line and the label it is, if it is one (headings are not asked).
    typealias ReadLine = (line: FollowUpLine, label: Label?)

    /// The lines of the sections on `topic`, one list per section, headings and labels left out.
    static func sections(of lines: [ReadLine], opening topic: Topic = .followUps) -> [[Entry]] {
        var sections: [[Entry]] = []
        var scope: Scope?
        var isToDo = false
        var kind: FollowUp.Kind?
        var isObservation = false
        func open(_ opened: Scope, _ name: SectionName) {
            scope = opened
            sections.append([])
            isToDo = SectionNames.isToDo(name)
            kind = nil
            isObservation = false
        }
        for read in lines {
            var line = read.line
            if let current = scope, current.isEnded(by: line) { scope = nil }
            if case .heading(let level) = line.shape {
                let name = SectionName(line.text)
                if scope == nil {
                    if topic.isNamed(by: name) { open(.heading(level: level), name) }
                } else {
                    isToDo = isToDo || SectionNames.isToDo(name)
                    kind = FollowUpKindName.kind(of: line.text)
                    isObservation = SectionNames.isObservations(name)
                }
                continue
            }
            if let label = read.label {
                let rest = label.rest
                let headsInlineBullets = rest.contains("•")
                // "**17:30 UTC: Corrective actions**" is a timeline entry, not a section's name.
                if topic.isNamed(by: label), scope != nil || rest.isEmpty || headsInlineBullets,
                   scope != nil || !TimelineLabels.isTimed(line.text) {
                    let opens = scope == nil
                    if opens {
                        open(line.isListItem && line.nested > 0 ? .listItem(depth: line.depth) : .label, label.name)
                    } else {
                        isToDo = SectionNames.isToDo(label.name) || (isToDo && !line.isListItem)
                    }
                    // What follows the label is items when they are inline bullets; a sentence
                    // after a label that opens the section is its rationale, and one after a
                    // label inside it is a labelled item ("Improvements: …", "TODO: …").
                    if rest.isEmpty || (opens && !headsInlineBullets) { continue }
                    if headsInlineBullets || SectionNames.isToDo(label.name) { line.text = rest }
                } else if scope != nil, !line.isListItem, SectionNames.isSectionName(label.name) {
                    scope = nil
                    continue
                } else if rest.isEmpty {
                    guard scope != nil, line.isListItem else { continue }
                    // A headline over one sub-item is kept: with it, it is one action. A
                    // category's is kept without its words, to end the details of the item before.
                    if line.nested != 1 { line.text = "" }
                }
            }
            if scope != nil {
                sections[sections.count - 1].append(Entry(line: line, isToDo: isToDo, kind: kind, isObservation: isObservation))
            } else if case .table(let node) = line.shape, FollowUpTable(node).isActionTable {
                sections.append([Entry(line: line, isToDo: false, kind: nil)])
            }
        }
        return sections.filter { !$0.isEmpty }
    }

    /// A line that names the lines after it.
    struct Label {
        var name: SectionName
        /// What follows the name on the line: `Conclusion: …`.
        var rest: String
        /// The name opens a follow-up section ("Action items") or one inside it ("TODO").
        var namesFollowUps: Bool
    }

    /// The label a line is, when it is one: `Tasks:`, `**Improvements/Fixes:**`, `##Tasks to
    /// address the issue:` (no space, so no heading), `Corrective and Preventive Measures`
    /// alone on its line, `7. Preventative Measures` over a list, `Conclusion: …`.
    static func label(of line: FollowUpLine) -> Label? {
        if case .table = line.shape { return nil }
        var text = Substring(line.text.trimmed)
        while let first = text.first, !first.isWordCharacter, !"([\"'“".contains(first) { text = text.dropFirst() }
        text = text.drop { $0.isNumber || $0 == "." || $0 == ")" || $0 == " " }
        // A question names the list under it ("What are we doing about it?"), but a list
        // item with nothing under it that ends in one is an item that asks.
        if text.hasSuffix(":") || (text.hasSuffix("?") && !(line.isListItem && line.nested == 0)) {
            // A lead-in sentence ("…, so we’ve made a To do list:"), the last of its paragraph
            // ("… a crash course. Here's what we're doing to prevent it:"), names its list too.
            let name = String(Sentences.split(String(text.dropLast())).last ?? "").trimmed
            guard !name.isEmpty, ASCIIText.hasAtMost(20, wordsIn: name) else { return nil }
            let sectionName = SectionName(name)
            return Label(name: sectionName, rest: "", namesFollowUps: SectionNames.isFollowUps(sectionName))
        }
        // Paragraphs are most lines: only the few words before a colon can name a section.
        if let colon = ASCIIText.firstColon(afterAtMost: 6, wordsIn: text) {
            if let label = named(text[..<colon].trimmed, rest: text[text.index(after: colon)...].trimmed) { return label }
        }
        // A list item is a label only over nested items (or in bold): else it is an item.
        if line.isListItem, line.nested == 0, !line.isEmphasized { return nil }
        let name = text.trimmed
        guard ASCIIText.hasAtMost(8, wordsIn: name) else { return nil }
        return named(name, rest: "")
    }

    /// The label of a name that is a follow-up section's or another section's.
    private static func named(_ name: String, rest: String) -> Label? {
        let sectionName = SectionName(name)
        let namesFollowUps = SectionNames.isFollowUps(sectionName)
        guard namesFollowUps || SectionNames.isSectionName(sectionName) else { return nil }
        return Label(name: sectionName, rest: rest, namesFollowUps: namesFollowUps)
    }

    // MARK: Items

    static func items(in section: [Entry], context: ExtractionContext) -> [FollowUp] {
        // An action table is the list: bullets beside it explain its columns.
        let tables = section.filter { if case .table = $0.line.shape { true } else { false } }
        let tableItems = tables.flatMap { entry in
            guard case .table(let node) = entry.line.shape else { return [FollowUp]() }
            return FollowUpTable(node).followUps(kind: entry.kind, context: context)
        }
        if !tableItems.isEmpty { return tableItems }
        let hasList = section.contains { $0.line.isListItem && !$0.line.text.isEmpty }
        var items: [FollowUp] = []
        // A list item taken whole: the items nested under it are its details.
        var detailsDeeperThan: Int?
        for (index, entry) in section.enumerated() {
            let line = entry.line
            if let depth = detailsDeeperThan {
                if line.depth > depth { continue }
                detailsDeeperThan = nil
            }
            switch line.shape {
            case .heading, .table:
                continue
            case .listItem(let depth, let nested):
                // A parent of several items is a category: its leaves are the actions.
                guard !line.text.isEmpty, nested < 2 else { continue }
                if nested == 1 { detailsDeeperThan = depth }
                items.append(followUp(line, text: headlineWithDetail(section, at: index), entry: entry))
            case .line:
                for segment in segments(of: line.text) {
                    let isMarked = FollowUpLine.hasItemMarker(segment)
                    // Beside a list, a plain paragraph is its lead-in or its conclusion.
                    guard isMarked || (!hasList && isItemSentence(segment)) else { continue }
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

    /// An item's text; a headline that ends in a colon (`**Optimize scaling:**`) over one
    /// sub-item takes the sub-item's explanation after it.
    private static func headlineWithDetail(_ section: [Entry], at index: Int) -> String {
        let line = section[index].line
        guard line.nested == 1, line.text.hasSuffix(":"), index + 1 < section.count,
              section[index + 1].line.depth > line.depth, !section[index + 1].line.text.isEmpty
        else { return line.text }
        return line.text + " " + section[index + 1].line.text
    }

    /// A line cut at its inline bullets: `• Patch the server • Add monitoring`.
    private static func segments(of text: String) -> [String] {
        let parts = text.split(separator: "•").map(\.trimmed).filter { !$0.isEmpty }
        return parts.count > 1 ? parts : [text]
    }

    /// A plain line that states one action, not a lead-in, a conclusion or a long narrative.
    private static func isItemSentence(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard text.contains(where: \.isLetter), !text.hasSuffix(":") else { return false }
        if closingOpenings.contains(where: { lowered.hasPrefix($0) }) { return false }
        // A narrative paragraph runs to several sentences; an action takes one to three.
        return ASCIIText.hasAtMost(3, sentencesIn: text) && ASCIIText.hasAtMost(70, wordsIn: text) && !tellsWhatWasDone(lowered)
    }

    /// "A temporary solution was to disable the CDN", "The issue was solved after …": the
    /// response told in the past, under a "Solution" heading, is no work still to do.
    private static func tellsWhatWasDone(_ lowered: String) -> Bool {
        let words = SectionNames.words(lowered)
        return words.contains { pastWords.contains($0) } && !words.contains { futureWords.contains($0) }
    }

    private static let pastWords: Set<String> = ["was", "were", "solved", "fixed", "resolved", "introduced"]
    private static let futureWords: Set<String> = ["will", "should", "must", "need", "needs", "plan", "planned", "going", "todo"]

    private static let closingOpenings = [
        "in conclusion", "by addressing", "by implementing", "overall", "in summary", "to conclude", "these measures",
        "by taking", "with these", "note that", "http", "this incident", "we believe", "by following", "this postmortem",
        "conclusion", "the following", "here are", "here is", "we will take the following",
    ]
}
