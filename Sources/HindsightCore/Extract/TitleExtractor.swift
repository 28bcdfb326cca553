/// Finds what a reader would call the incident.
///
/// Front matter wins. Otherwise the first line at the top of the document that names the
/// incident, whether a heading, a bold line or a short plain line, read until the body
/// begins: course labels ("0x19. Postmortem"), section names ("Issue Summary"), metadata
/// fields ("Date: …") and decorations (badges, bare links, images) are passed over. Then a
/// top-level heading written before the first section, then the course label itself.
/// A document that names itself nowhere gets a title from what it says (`FallbackTitle`).
enum TitleExtractor {
    /// A title stands at the top: reading further would only cost time on huge documents.
    static let blocksRead = 200

    /// Every reading of the title, best first: front matter, the line at the top that names
    /// the incident, a top-level heading before the first section, the course label.
    static func candidates(in context: ExtractionContext) -> [Candidate<String>] {
        var found: [Candidate<String>] = []
        if let frontMatter = context.frontMatter, let title = frontMatter.text("title") {
            found.append(Candidate(title, Provenance(.frontMatter, line: frontMatter.line(of: "title"), detail: "front matter key “title”")))
        }
        // Lazy: most documents name their incident in the first line or two. The runners-up
        // are looked for there too: reading further for them would cost more than the rest
        // of extraction.
        let lines = context.blocks.prefix(blocksRead).lazy.flatMap { titleLines(of: $0, context: context) }
        let top = topLines(of: context)
        if let naming = top.first(where: { $0.role == .naming }) {
            found.append(candidate(naming, detail: "the line at the top that names the incident"))
        } else if let topLevel = topLevelHeadingBeforeSections(lines) {
            found.append(candidate(topLevel, detail: "the top-level heading before the first section"))
        }
        if let label = top.first(where: { $0.role == .courseLabel }) ?? (found.isEmpty ? lines.first { $0.role == .courseLabel } : nil) {
            found.append(candidate(label, detail: "the course label, as nothing else names the incident"))
        }
        return found
    }

    /// How many lines at the top, before the body begins, are read for a title.
    static let topLinesRead = 12

    /// The lines at the top of the document, each read once, up to the first that names the
    /// incident or where its body begins.
    private static func topLines(of context: ExtractionContext) -> [TitleLine] {
        var top: [TitleLine] = []
        // A name signed above the title is its author's.
        var skipped = Byline.author(in: context) == nil ? 0 : 1
        for block in context.blocks.prefix(blocksRead) {
            for line in titleLines(of: block, context: context) {
                if skipped > 0 {
                    skipped -= 1
                    continue
                }
                guard line.role != .prose, top.count < topLinesRead else { return top }
                top.append(line)
                if line.role == .naming { return top }
            }
        }
        return top
    }

    private static func candidate(_ line: TitleLine, detail: String) -> Candidate<String> {
        let source: Provenance.Source = line.headingLevel == nil ? .firstLine : .heading
        return Candidate(line.text, Provenance(source, line: line.line, detail: detail))
    }

    /// An H1 after an introduction ("# Postmortem", some prose, "# Nginx outage"), but not a
    /// sub-heading of the report ("## Debugging steps") nor anything after its first section.
    private static func topLevelHeadingBeforeSections(_ lines: some Sequence<TitleLine>) -> TitleLine? {
        let headings = lines.lazy.filter { $0.headingLevel != nil }
        guard let topLevel = headings.first(where: { _ in true })?.headingLevel else { return nil }
        for heading in headings {
            if heading.role == .sectionName { return nil }
            if heading.role == .naming, heading.headingLevel == topLevel { return heading }
        }
        return nil
    }

    private static func titleLines(of block: MarkdownNode, context: ExtractionContext) -> [TitleLine] {
        var lines = titleLines(of: block)
        let first = context.line(block)
        for index in lines.indices { lines[index].line = first }
        return lines
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
}
