/// One line of a paragraph or heading as a reader sees it: its plain text, its links, and
/// whether its words are all emphasized (a bold line reads as a heading) or all inside links
/// and images (a badge or a bare URL reads as decoration, not as text).
struct TextLine {
    struct Link {
        var text: String
        /// The destination; `mailto:` for e-mail autolinks such as `<jane@example.com>`.
        var url: String
    }

    var text = ""
    var links: [Link] = []
    private var hasPlainWords = false
    private var hasEmphasizedWords = false

    var trimmed: String { text.trimmed }

    /// Every word is bold or italic: `**Postmortem: Web outage**`.
    var isEmphasized: Bool { hasEmphasizedWords && !hasPlainWords }

    /// No word outside links and images: `[Diagram](https://…)`, `![logo](logo.png)`.
    var isDecoration: Bool { !hasPlainWords && !hasEmphasizedWords }

    init(text: String = "") {
        self.text = text
        hasPlainWords = text.contains(where: \.isWordCharacter)
    }

    /// The lines of a paragraph, heading or table cell, split at soft and hard breaks and `<br>`.
    static func lines(of block: MarkdownNode) -> [TextLine] {
        if case .htmlBlock = block.kind {
            return HTMLText.plainText(block.literal).nonEmptyLines.map { TextLine(text: String($0)) }
        }
        var lines = [TextLine()]
        // Flags of each inline container, inherited by its descendants (visited after it).
        var inherited: [Int: InlineFlags] = [block.index: []]
        for node in block.descendants {
            var flags = node.parent.flatMap { inherited[$0.index] } ?? []
            switch node.kind {
            case .strong, .emphasis: flags.insert(.emphasized)
            case .link: flags.insert(.linked)
            case .image: flags.insert(.image)
            default: break
            }
            if !node.kind.isLeaf { inherited[node.index] = flags }
            append(node, flags: flags, to: &lines)
        }
        return lines
    }

    private static func append(_ node: MarkdownNode, flags: InlineFlags, to lines: inout [TextLine]) {
        switch node.kind {
        case .softBreak, .lineBreak:
            lines.append(TextLine())
        case .htmlInline where node.literal.lowercased().hasPrefix("<br"):
            lines.append(TextLine())
        case .link where !flags.contains(.image):
            lines[lines.count - 1].links.append(Link(text: node.plainText.trimmed, url: node.url))
        case .text, .code:
            guard !flags.contains(.image) else { return }
            lines[lines.count - 1].addWords(node.literal, flags: flags)
        default:
            return
        }
    }

    private mutating func addWords(_ words: String, flags: InlineFlags) {
        text += words
        guard words.contains(where: \.isWordCharacter), !flags.contains(.linked) else { return }
        if flags.contains(.emphasized) { hasEmphasizedWords = true } else { hasPlainWords = true }
    }

    private struct InlineFlags: OptionSet {
        let rawValue: UInt8
        static let emphasized = InlineFlags(rawValue: 1)
        static let linked = InlineFlags(rawValue: 2)
        static let image = InlineFlags(rawValue: 4)
    }
}

extension Character {
    /// A letter or digit in any script: what makes a run of characters a word.
    var isWordCharacter: Bool {
        // ASCII first: the Unicode property lookups are what this costs otherwise.
        if let ascii = asciiValue { return ASCIIText.isAlphanumeric(ascii) }
        return isLetter || isNumber
    }
}
