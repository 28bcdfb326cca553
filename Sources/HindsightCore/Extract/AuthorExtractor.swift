/// Who wrote the postmortem: front matter `authors`/`author`, else an "Author(s)" section,
/// else a credit, else the sign-off at the end (`SignOff`), else a name signed at the top (`Byline`). A credit is a line such as `> By [Name](url) <email>`, `Author: Name` or
/// `Created by: Name <email>`, an "Authors:" line followed by a list, or an "Authors" row
/// of a metadata table. Contact addresses and responder lists are not credits.
enum AuthorExtractor {
    /// The authors and where they were found; nil when the document names none.
    static func authors(in context: ExtractionContext) -> Candidate<[Author]>? {
        if let frontMatter = context.frontMatter {
            let found = frontMatterAuthors(frontMatter)
            if !found.isEmpty {
                let key = frontMatter["authors"] != nil ? "authors" : "author"
                return Candidate(unique(found), Provenance(.frontMatter, line: frontMatter.line(of: key), detail: "front matter key “\(key)”"))
            }
        }
        if let section = context.section(where: SectionNames.isAuthors) {
            let listed = sectionAuthors(section)
            if !listed.isEmpty {
                return Candidate(unique(listed), Provenance(.section, line: section.first.map(context.line), detail: "the Authors section"))
            }
        }
        if let (credited, block) = firstCredit(in: context.nodes), !credited.isEmpty {
            return Candidate(unique(credited), Provenance(.label, line: context.line(block), detail: "a credit line (“Author:”, “By …”)"))
        }
        let signed = SignOff.author(in: context) ?? Byline.author(in: context)
        return signed.map { Candidate([$0.value], $0.provenance) }
    }

    private static func frontMatterAuthors(_ frontMatter: FrontMatter) -> [Author] {
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

    /// One person per list item; a paragraph may name several. A contact line
    /// (`Address: jane@example.com`) completes the author above it.
    private static func sectionAuthors(_ section: [MarkdownNode]) -> [Author] {
        var authors: [Author] = []
        for block in section {
            switch block.kind {
            case .list: authors += listItemAuthors(block)
            case .paragraph:
                // After the first line, a line that is no name is about the author (a cohort, a team).
                for (index, line) in AuthorLine.lines(of: block).enumerated() {
                    if let contact = AuthorLine.contact(line) {
                        if let last = authors.indices.last {
                            authors[last].email = authors[last].email ?? contact.email
                            authors[last].url = authors[last].url ?? contact.url
                        }
                        continue
                    }
                    authors += AuthorLine.credited(line)
                        ?? AuthorLine.listed(line).filter { index == 0 || PersonName.parse($0.name, strict: true) != nil }
                }
            default: continue
            }
        }
        return authors
    }

    private static func listItemAuthors(_ list: MarkdownNode) -> [Author] {
        list.children.flatMap { item in
            item.children.filter { $0.kind == .paragraph }.prefix(1).flatMap(AuthorLine.lines)
                .flatMap { AuthorLine.listed($0, isOnePerson: true) }
        }
    }

    /// The first credit of the document, in a paragraph, list item or table row.
    private static func firstCredit(in nodes: some Sequence<MarkdownNode>) -> ([Author], MarkdownNode)? {
        for block in nodes {
            switch block.kind {
            case .paragraph:
                for line in AuthorLine.lines(of: block) {
                    if let credited = AuthorLine.credited(line) { return (credited, block) }
                    // "Authors:" alone, then the list of them.
                    if line.trimmed.hasSuffix(":"), CreditLabel.isLabel(line.text), let list = block.nextSibling, case .list = list.kind {
                        return (listItemAuthors(list), block)
                    }
                }
            case .tableRow:
                let cells = Array(block.children)
                if cells.count >= 2, CreditLabel.isLabel(cells[0].plainText) {
                    return (cells[1...].flatMap(AuthorLine.lines).flatMap { AuthorLine.listed($0) }, block)
                }
            default:
                continue
            }
        }
        return nil
    }

    private static func unique(_ authors: [Author]) -> [Author] {
        var seen: Set<String> = []
        return authors.filter { seen.insert($0.name.lowercased()).inserted }
    }
}
