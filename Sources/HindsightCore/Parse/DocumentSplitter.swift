/// Separates a document's front matter from its Markdown body.
enum DocumentSplitter {
    struct Parts {
        /// The front matter's text (without delimiters), if the document starts with a block.
        var frontMatter: (syntax: FrontMatter.Syntax, text: String)?
        var body: String
        /// The file line on which `body` starts.
        var bodyFirstLine: Int
        /// The file line of the front matter's first line: the one after its delimiter, or
        /// the delimiter's own for MDX metadata written on one line.
        var frontMatterFirstLine = 2
    }

    struct Unterminated: Error {}

    /// A document has front matter when its first line is `---` (YAML) or `+++` (TOML);
    /// the block ends at the next line that is the same delimiter (or `...` for YAML).
    static func split(_ text: String) throws(Unterminated) -> Parts {
        let source = text.hasPrefix("\u{FEFF}") ? Substring(text.dropFirst()) : Substring(text)
        var lines = LineCursor(source)
        guard let opening = lines.next(), let syntax = syntax(opening: opening) else {
            return mdxExport(source) ?? Parts(frontMatter: nil, body: String(source), bodyFirstLine: 1)
        }
        let closers: Set<String> = syntax == .yaml ? ["---", "..."] : ["+++"]
        let blockStart = lines.position
        var lineNumber = 1
        while let line = lines.next() {
            lineNumber += 1
            if closers.contains(line.trimmingTrailingWhitespace) {
                let block = source[blockStart..<line.startIndex]
                return Parts(
                    frontMatter: (syntax, String(block)),
                    body: String(source[lines.position...]),
                    bodyFirstLine: lineNumber + 1
                )
            }
        }
        throw Unterminated()
    }

    /// MDX metadata at the top: `export const post = {` (or `meta`, `metadata`,
    /// `frontmatter`), one `key: value,` a line, then `}`. Its lines are YAML once their
    /// trailing commas go. Written on one line (`export const post = { title: "…", date:
    /// "…" }`), the object is a YAML flow mapping as it stands.
    private static func mdxExport(_ source: Substring) -> Parts? {
        var lines = LineCursor(source)
        guard let opening = lines.next() else { return nil }
        let openingLine = opening.trimmingTrailingWhitespace
        if let oneLine = mdxOpenings.first(where: { openingLine.hasPrefix($0) && openingLine != $0 }) {
            let object = openingLine.dropFirst(oneLine.count - 1)
            let mapping = object.hasSuffix(";") ? object.dropLast() : object
            guard mapping.hasSuffix("}") else { return nil }
            return Parts(frontMatter: (.yaml, String(mapping) + "\n"), body: String(source[lines.position...]), bodyFirstLine: 2,
                         frontMatterFirstLine: 1)
        }
        guard mdxOpenings.contains(openingLine) else { return nil }
        var yaml: [Substring] = []
        var lineNumber = 1
        while let line = lines.next() {
            lineNumber += 1
            let trimmed = line.trimmingTrailingWhitespace
            if trimmed == "}" || trimmed == "};" {
                let mapping = yaml.map { line in
                    let content = line.trimmingTrailingWhitespace
                    return content.hasSuffix(",") ? String(content.dropLast()) : content
                }
                return Parts(frontMatter: (.yaml, mapping.joined(separator: "\n") + "\n"), body: String(source[lines.position...]),
                             bodyFirstLine: lineNumber + 1)
            }
            yaml.append(line)
        }
        return nil
    }

    private static let mdxOpenings = Set(["post", "meta", "metadata", "frontmatter", "frontMatter"].map { "export const \($0) = {" })

    private static func syntax(opening line: Substring) -> FrontMatter.Syntax? {
        switch line.trimmingTrailingWhitespace {
        case "---": .yaml
        case "+++": .toml
        default: nil
        }
    }
}

/// Walks the lines of a text without copying it.
private struct LineCursor {
    let text: Substring
    private(set) var position: Substring.Index

    init(_ text: Substring) {
        self.text = text
        position = text.startIndex
    }

    mutating func next() -> Substring? {
        guard position < text.endIndex else { return nil }
        let end = text[position...].firstIndex(of: "\n") ?? text.endIndex
        defer { position = end < text.endIndex ? text.index(after: end) : end }
        return text[position..<end]
    }
}

private extension Substring {
    var trimmingTrailingWhitespace: String {
        String(self[..<(lastIndex(where: { !$0.isWhitespace }).map(index(after:)) ?? startIndex)])
    }
}
