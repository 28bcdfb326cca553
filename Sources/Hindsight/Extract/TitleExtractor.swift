/// Finds what a reader would call the incident.
///
/// Front matter wins. Otherwise the first line at the top of the document that names the
/// incident, whether a heading, a bold line or a short plain line, read until the body
/// begins: course labels ("0x19. Postmortem"), section names ("Issue Summary"), metadata
/// fields ("Date: …") and decorations (badges, bare links, images) are passed over. Then a
/// top-level heading written before the first section, then the course label itself, and
/// failing all that, the file name.
enum TitleExtractor {
    /// A title stands at the top: reading further would only cost time on huge documents.
    static let blocksRead = 200

    static func title(in context: ExtractionContext) -> String {
        statedTitle(in: context) ?? humanized(context.document.file.baseName)
    }

    /// The title the document itself gives; nil when only its file name names it.
    static func statedTitle(in context: ExtractionContext) -> String? {
        if let title = context.frontMatter?.text("title") { return title }
        let lines = context.blocks.prefix(blocksRead).flatMap(titleLines)
        return namingLineBeforeBody(lines)
            ?? topLevelHeadingBeforeSections(lines)
            ?? lines.first { $0.role == .courseLabel }?.text
    }

    private static func namingLineBeforeBody(_ lines: [TitleLine]) -> String? {
        for line in lines {
            if line.role == .prose { return nil }
            if line.role == .naming { return line.text }
        }
        return nil
    }

    /// An H1 after an introduction ("# Postmortem", some prose, "# Nginx outage"), but not a
    /// sub-heading of the report ("## Debugging steps") nor anything after its first section.
    private static func topLevelHeadingBeforeSections(_ lines: [TitleLine]) -> String? {
        let headings = lines.filter { $0.headingLevel != nil }
        guard let topLevel = headings.first?.headingLevel else { return nil }
        for heading in headings {
            if heading.role == .sectionName { return nil }
            if heading.role == .naming, heading.headingLevel == topLevel { return heading.text }
        }
        return nil
    }

    private static func titleLines(of block: MarkdownNode) -> [TitleLine] {
        switch block.kind {
        case .heading(let level):
            let text = TextLine.lines(of: block).map(\.text).joined(separator: " ")
            return [TitleLine(TextLine(text: text), headingLevel: level)]
        case .paragraph, .htmlBlock:
            let lines = TextLine.lines(of: block).filter { !$0.trimmed.isEmpty }
            return lines.indices.map { index in
                let next = lines.indices.contains(index + 1) ? lines[index + 1].trimmed : ""
                return TitleLine(lines[index], headingLevel: nil, continues: next.first?.isLowercase == true)
            }
        case .thematicBreak:
            return []
        default:
            return [TitleLine.body]
        }
    }

    private static func humanized(_ baseName: String) -> String {
        let words = baseName.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
        return words.isEmpty ? baseName : words.joined(separator: " ")
    }
}
