/// Text a template left for the author to replace: what `hindsight new` writes until
/// someone fills it in.
///
/// The convention, from the default archetype (`archetypes/postmortem.md`), is a prompt in
/// italics standing where the text will go: a paragraph alone under its heading
/// (`_What happened, to whom, and for how long…_`), a table cell or a list item
/// (`| 00:00 | _Detected: how we found out._ |`). Any archetype written the same way is
/// recognised, and a document's own italics are not taken for prompts: a paragraph among
/// others, or one with words outside its italics, is the author's.
///
/// A timeline row whose time is a zero clock (`00:00`) and whose event is such a prompt is a
/// placeholder time: a real event at midnight has its own words, and is measured.
struct Placeholders {
    struct Placeholder: Sendable, Hashable {
        /// The line of the prompt in the source file.
        var line: Int
        /// The prompt's words, as plain text.
        var text: String
    }

    /// At most one per line (a row with two prompts is one thing to fill in), in document order.
    let all: [Placeholder]

    init(in context: ExtractionContext) {
        var found: [Placeholder] = []
        var lines = Set<Int>()
        func add(_ node: MarkdownNode) {
            let line = context.line(node.line > 0 ? node : node.parent ?? node)
            if lines.insert(line).inserted { found.append(Placeholder(line: line, text: node.plainText.collapsingWhitespace)) }
        }
        let blocks = context.blocks
        for index in blocks.indices {
            switch blocks[index].kind {
            case .paragraph where Self.isAloneUnderHeading(index, in: blocks) && Self.isPrompt(blocks[index]):
                add(blocks[index])
            case .table, .list:
                for node in blocks[index].descendants where Self.holdsText(node) && Self.isPrompt(node) { add(node) }
            default:
                break
            }
        }
        all = found
    }

    /// Whether `entry` is a template's row rather than an event: a zero clock and a prompt.
    func isPlaceholderTime(_ entry: TimelineEntry) -> Bool {
        Self.isZeroClock(entry.rawTime) && all.contains { $0.line == entry.line }
    }

    /// `00:00`, `0:00`, `00:00:00`: the time a template writes before anyone knows it.
    static func isZeroClock(_ rawTime: String) -> Bool {
        rawTime.contains("0") && rawTime.allSatisfy { $0 == "0" || $0 == ":" }
    }

    /// Italics and nothing else but what is not words (a time, a dash): `_Name_`, `00:00 _Detected_`.
    private static func isPrompt(_ node: MarkdownNode) -> Bool {
        var emphases = 0
        for child in node.children {
            switch child.kind {
            case .emphasis: emphases += 1
            case .text, .softBreak: if child.literal.contains(where: \.isLetter) { return false }
            default: return false
            }
        }
        return emphases == 1
    }

    private static func holdsText(_ node: MarkdownNode) -> Bool {
        switch node.kind {
        case .tableCell, .paragraph: true
        default: false
        }
    }

    /// The whole of its section: a heading right above, and right below the end or the next
    /// section (a heading of the same or a higher level). An italic line that introduces
    /// subsections (`*(All times US/Pacific.)*` above `### 9:00`) is the author's.
    private static func isAloneUnderHeading(_ index: Int, in blocks: [MarkdownNode]) -> Bool {
        func headingLevel(_ position: Int) -> Int? {
            if case .heading(let level) = blocks[position].kind { return level }
            return nil
        }
        guard index > 0, let level = headingLevel(index - 1) else { return false }
        guard index + 1 < blocks.count else { return true }
        return headingLevel(index + 1).map { $0 <= level } ?? false
    }
}
