/// Finds what a reader would call the incident.
///
/// Front matter wins. Otherwise the first heading that names the incident: course labels
/// ("0x19. Postmortem", "Postmortem", "README") and section names ("Issue Summary") are
/// passed over when a more specific heading follows. Failing all that, the file name.
enum TitleExtractor {
    static func title(in context: ExtractionContext) -> String {
        if let title = context.frontMatter?.text("title") { return title }
        let headings = context.blocks.compactMap { block -> String? in
            guard case .heading = block.kind else { return nil }
            let text = clean(block.plainText)
            return text.isEmpty ? nil : text
        }
        if let naming = headings.first(where: { !isCourseLabel($0) && !SectionNames.isSectionName($0) }) {
            return naming
        }
        if let label = headings.first(where: isCourseLabel) { return label }
        return humanized(context.document.file.baseName)
    }

    /// "0x19. Postmortem", "Postmortem Report", "README", "Posmortem", "My first postmortem".
    static func isCourseLabel(_ heading: String) -> Bool {
        var name = SectionNames.normalized(heading)
        if let first = name.split(separator: " ").first, first.hasPrefix("0x") {
            name = name.split(separator: " ").dropFirst().joined(separator: " ")
        }
        let words = Set(name.split(separator: " ").map(String.init))
        let generic: Set<String> = ["postmortem", "post", "mortem", "posmortem", "postmortems", "readme", "report",
                                    "project", "incident", "my", "first", "a", "the", "task", "of"]
        return !words.isEmpty && words.isSubset(of: generic)
            && (words.contains("postmortem") || words.contains("mortem") || words.contains("posmortem") || words == ["readme"])
    }

    /// Drops a leading "Title:" label and trailing punctuation.
    private static func clean(_ heading: String) -> String {
        var text = heading.split(whereSeparator: \.isNewline).joined(separator: " ").trimmed
        if text.lowercased().hasPrefix("title:") { text = String(text.dropFirst(6)).trimmed }
        while let last = text.last, last == ":" || last == "." { text.removeLast() }
        return text
    }

    private static func humanized(_ baseName: String) -> String {
        let words = baseName.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
        return words.isEmpty ? baseName : words.joined(separator: " ")
    }
}
