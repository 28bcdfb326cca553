/// The part of a document that holds its timeline, found the ways authors mark it: a
/// heading ("## Timeline of events"), or a label line in a paragraph or HTML block
/// ("**Timeline**", "Timeline (all times in WAT):", `<h2>Timeline:</h2>`). The section runs to
/// the next heading that is not itself a timed entry (for a heading, of the same or a higher
/// level), or to a label line that opens another section ("Root Cause and Resolution:").
struct TimelineSection {
    var blocks: [TimelineBlock] = []

    /// Every timeline section of the document, in order: the first is usually the one, but a
    /// summary may say "Timeline" before the real one.
    static func all(in context: ExtractionContext) -> [TimelineSection] {
        var finder = Finder()
        for node in context.blocks {
            switch node.kind {
            case .heading(let level):
                finder.heading(node.plainText.trimmed, level: level, node: node, context: context)
            case .list(_) where finder.open == nil:
                // `4. Timeline` with the entries nested under it, in a list of the report's sections.
                if let nested = node.children.lazy.compactMap({ ExtractionContext.sectionBlocks(ofItem: $0, where: TimelineLabels.startsTimeline) }).first {
                    finder.sections.append(TimelineSection(blocks: nested.flatMap { TimelineBlock.blocks(of: $0, context: context) }))
                } else {
                    finder.other(node, context: context)
                }
            case .paragraph, .htmlBlock, .codeBlock:
                // Most paragraphs are prose far from any timeline: skip splitting them into lines.
                guard finder.open != nil || TimelineLabels.mayNameTimeline(node.kind == .paragraph ? node.plainText : node.literal) else { continue }
                finder.lines(TimelineBlock.textLines(of: node, context: context))
            default:
                finder.other(node, context: context)
            }
        }
        finder.close()
        return finder.sections
    }

    /// Walks the top-level blocks, opening a section at a timeline label and closing it at
    /// the next section's.
    private struct Finder {
        var sections: [TimelineSection] = []
        var open: TimelineSection?
        /// The level of the heading that opened the section; nil for a label line.
        var openLevel: Int?

        mutating func heading(_ text: String, level: Int, node: MarkdownNode, context: ExtractionContext) {
            if open != nil, ends(atHeading: text, level: level) {
                close()
            }
            if open == nil, SectionNames.isTimeline(text) {
                open = TimelineSection()
                openLevel = level
            } else {
                open?.blocks += TimelineBlock.blocks(of: node, context: context)
            }
        }

        /// A heading ends the section unless it is a timed entry or a day. A timeline heading
        /// with nothing under it ("### Timeline:" then "### Detection:") is the title of the
        /// headings that follow, up to one that names a later section.
        private func ends(atHeading text: String, level: Int) -> Bool {
            guard let open, !TimelineLabels.isTimed(text), level <= (openLevel ?? Int.max) else { return false }
            let isEmptyHeadingSection = open.blocks.isEmpty && openLevel == level
            return !isEmptyHeadingSection || TimelineLabels.endsTimeline(text)
        }

        mutating func lines(_ lines: [TimelineBlock.Line]) {
            var run: [TimelineBlock.Line] = []
            for line in lines {
                if open != nil, TimelineLabels.endsTimeline(line.text) {
                    flush(&run)
                    close()
                }
                if open == nil {
                    if TimelineLabels.startsTimeline(line.text) {
                        open = TimelineSection()
                        openLevel = nil
                    }
                    continue
                }
                run.append(line)
            }
            flush(&run)
        }

        mutating func other(_ node: MarkdownNode, context: ExtractionContext) {
            open?.blocks += TimelineBlock.blocks(of: node, context: context)
        }

        mutating func close() {
            if let open { sections.append(open) }
            open = nil
        }

        private mutating func flush(_ run: inout [TimelineBlock.Line]) {
            if !run.isEmpty { open?.blocks.append(TimelineBlock(lines: run)) }
            run = []
        }
    }
}
