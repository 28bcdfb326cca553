/// Who wrote the postmortem: front matter `authors`/`author`, else an "Author(s)" section,
/// else a credit line such as `> By [Name](url) <email>`, `Author: Name` or
/// `Created by: Name <email>`.
enum AuthorExtractor {
    static func authors(in context: ExtractionContext) -> [Author] {
        if let frontMatter = context.frontMatter {
            let declared = fromFrontMatter(frontMatter["authors"]) + fromFrontMatter(frontMatter["author"])
            if !declared.isEmpty { return unique(declared) }
        }
        if let section = context.section(where: SectionNames.isAuthors) {
            let found = section.flatMap(creditLines).compactMap { AuthorLine.parse($0, requireLabel: false) }.flatMap { $0 }
            if !found.isEmpty { return unique(found) }
        }
        for block in context.root.descendants {
            guard case .paragraph = block.kind else { continue }
            for line in AuthorLine.lines(of: block) {
                if let found = AuthorLine.parse(line, requireLabel: true), !found.isEmpty { return unique(found) }
            }
        }
        return []
    }

    private static func creditLines(_ block: MarkdownNode) -> [AuthorLine.Line] {
        block.descendants.filter { $0.kind == .paragraph }.flatMap(AuthorLine.lines)
            + (block.kind == .paragraph ? AuthorLine.lines(of: block) : [])
    }

    private static func fromFrontMatter(_ value: FrontMatterValue?) -> [Author] {
        switch value {
        case .scalar(let text):
            return text.split(separator: ",").compactMap { AuthorLine.parsePlain(String($0)) }
        case .list(let items):
            return items.flatMap { fromFrontMatter($0) }
        case .table(let fields):
            guard let name = fields["name"]?.text?.trimmed, !name.isEmpty else { return [] }
            return [Author(name: name, email: fields["email"]?.text?.trimmed, url: fields["url"]?.text?.trimmed)]
        case nil:
            return []
        }
    }

    private static func unique(_ authors: [Author]) -> [Author] {
        var seen: Set<String> = []
        return authors.filter { seen.insert($0.name.lowercased()).inserted }
    }
}
