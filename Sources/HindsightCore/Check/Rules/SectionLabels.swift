/// The names under which a document's parts begin: its headings, and the labels many
/// authors write instead: a line of its own (`Root Cause and Resolution:`) or the start
/// of a paragraph (`*Root cause:* the timestamp format…`).
enum SectionLabels {
    /// A label is short; a longer text before a colon is a sentence.
    static let maximumLength = 60

    /// Each label as its words (see `SectionNames.words`), the form in which
    /// `RequiredSection` looks for its name.
    static func words(incident: Incident, context: ExtractionContext) -> [[String]] {
        labels(incident: incident, context: context).map(SectionNames.words)
    }

    static func labels(incident: Incident, context: ExtractionContext) -> [String] {
        incident.sections.map(\.title) + context.blocks.flatMap(paragraphLabels)
    }

    private static func paragraphLabels(_ block: MarkdownNode) -> [String] {
        guard case .paragraph = block.kind else { return [] }
        let text = block.plainText
        let asciiLines = ASCIIText.lines(of: text)
        let lines = asciiLines ?? text.nonEmptyLines
        // In ASCII text a character is a byte, and bytes are counted without walking the text.
        let isShort: (any StringProtocol) -> Bool = asciiLines != nil
            ? { $0.utf8.count <= maximumLength } : { $0.count <= maximumLength }
        if lines.count == 1, let line = lines.first, isShort(line) { return [line.trimmed] }
        return lines.compactMap { line in
            // Most lines have no colon: a byte search tells so without walking their characters.
            guard line.utf8.contains(UInt8(ascii: ":")), let colon = line.firstIndex(of: ":") else { return nil }
            let label = line[..<colon].trimmed
            return !label.isEmpty && isShort(label) ? label : nil
        }
    }
}
