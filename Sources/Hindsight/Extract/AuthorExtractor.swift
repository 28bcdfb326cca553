/// Who wrote the postmortem: front matter `authors`/`author`, else an "Author(s)" section,
/// else a credit: a line such as `> By [Name](url) <email>`, `Author: Name` or
/// `Created by: Name <email>`, an "Authors:" line followed by a list, or an "Authors" row
/// of a metadata table. Contact addresses and responder lists are not credits.
enum AuthorExtractor {
    static func authors(in context: ExtractionContext) -> [Author] {
        let found = frontMatterAuthors(context.frontMatter)
        if !found.isEmpty { return unique(found) }
        if let section = context.section(where: SectionNames.isAuthors) {
            let listed = sectionAuthors(section)
            if !listed.isEmpty { return unique(listed) }
        }
        return unique(firstCredit(in: context.nodes))
    }

    private static func frontMatterAuthors(_ frontMatter: FrontMatter?) -> [Author] {
        guard let frontMatter else { return [] }
        return fromFrontMatter(frontMatter["authors"]) + fromFrontMatter(frontMatter["author"])
    }

    private static func fromFrontMatter(_ value: FrontMatterValue?) -> [Author] {
        switch value {
        case .scalar(let text):
            return text.split(separator: ",").compactMap { PersonName.parse(String($0)) }
        case .list(let items):
            return items.flatMap { fromFrontMatter($0) }
        case .table(let fields):
            guard let name = fields["name"]?.text?.trimmed, !name.isEmpty else { return [] }
            return [Author(name: name, email: fields["email"]?.text?.trimmed, url: fields["url"]?.text?.trimmed)]
        case nil:
            return []
        }
    }

    /// One person per list item; a paragraph may name several.
    private static func sectionAuthors(_ section: [MarkdownNode]) -> [Author] {
        section.flatMap { block -> [Author] in
            switch block.kind {
            case .list: listItemAuthors(block)
            case .paragraph: AuthorLine.lines(of: block).flatMap { AuthorLine.credited($0) ?? AuthorLine.listed($0) }
            default: []
            }
        }
    }

    private static func listItemAuthors(_ list: MarkdownNode) -> [Author] {
        list.children.flatMap { item in
            item.children.filter { $0.kind == .paragraph }.prefix(1).flatMap(AuthorLine.lines)
                .flatMap { AuthorLine.listed($0, isOnePerson: true) }
        }
    }

    /// The first credit of the document, in a paragraph, list item or table row.
    private static func firstCredit(in nodes: some Sequence<MarkdownNode>) -> [Author] {
        for block in nodes {
            switch block.kind {
            case .paragraph:
                for line in AuthorLine.lines(of: block) {
                    if let credited = AuthorLine.credited(line) { return credited }
                    // "Authors:" alone, then the list of them.
                    if line.trimmed.hasSuffix(":"), CreditLabel.isLabel(line.text), let list = block.nextSibling, case .list = list.kind {
                        return listItemAuthors(list)
                    }
                }
            case .tableRow:
                let cells = Array(block.children)
                if cells.count >= 2, CreditLabel.isLabel(cells[0].plainText) {
                    return cells[1...].flatMap(AuthorLine.lines).flatMap { AuthorLine.listed($0) }
                }
            default:
                continue
            }
        }
        return []
    }

    private static func unique(_ authors: [Author]) -> [Author] {
        var seen: Set<String> = []
        return authors.filter { seen.insert($0.name.lowercased()).inserted }
    }
}
