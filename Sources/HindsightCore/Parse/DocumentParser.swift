/// Turns a source file's text into a `ParsedDocument`: front matter first, then the body
/// through cmark-gfm, with local images and files resolved against the content folder.
public struct DocumentParser: Sendable {
    public var contentRoot: String
    public var allowUnsafeHTML: Bool

    public init(contentRoot: String, allowUnsafeHTML: Bool = false) {
        self.contentRoot = Path.absolute(contentRoot)
        self.allowUnsafeHTML = allowUnsafeHTML
    }

    public func parse(_ text: String, file: SourceFile) -> ParsedDocument {
        var diagnostics: [Diagnostic] = []
        let parts: DocumentSplitter.Parts
        do {
            parts = try DocumentSplitter.split(text)
        } catch {
            diagnostics.append(self.problem(file, line: 1, rule: "front-matter-unterminated",
                                     "front matter opened on line 1 is never closed; the document is read without it"))
            parts = DocumentSplitter.Parts(frontMatter: nil, body: text, bodyFirstLine: 1)
        }
        let frontMatter = parts.frontMatter.flatMap { block in
            readFrontMatter(block.syntax, block.text, firstLine: parts.frontMatterFirstLine, file: file, diagnostics: &diagnostics)
        }
        var links = LocalLinkResolver(file: file, contentRoot: contentRoot)
        let markdown = MarkdownDocument(parsing: parts.body, allowUnsafeHTML: allowUnsafeHTML) { kind, url in
            links.rewrite(url, kind: kind)
        }
        var document = ParsedDocument(file: file, frontMatter: frontMatter, markdown: markdown,
                                      bodyFirstLine: parts.bodyFirstLine, assets: links.assets, diagnostics: diagnostics)
        document.diagnostics += links.missing.map { url in
            Diagnostic(file: file.displayPath, line: document.lineOfLink(to: url), severity: .error,
                       rule: "broken-local-link", message: "links to \(url), which does not exist")
        }
        return document
    }

    private func readFrontMatter(_ syntax: FrontMatter.Syntax, _ text: String, firstLine: Int, file: SourceFile,
                                 diagnostics: inout [Diagnostic]) -> FrontMatter? {
        do {
            let fields = switch syntax {
            case .yaml: try YAMLFrontMatter.parse(text, firstLine: firstLine)
            case .toml: try TOMLFrontMatter.parse(text, firstLine: firstLine)
            }
            return FrontMatter(syntax: syntax, fields: fields)
        } catch {
            diagnostics.append(problem(file, line: error.line, rule: "front-matter-invalid", error.message))
            return nil
        }
    }

    private func problem(_ file: SourceFile, line: Int, rule: String, _ message: String) -> Diagnostic {
        Diagnostic(file: file.displayPath, line: line, severity: .error, rule: rule, message: message)
    }
}
