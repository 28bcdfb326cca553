/// A source file read, split into front matter and body, and parsed by cmark-gfm.
public struct ParsedDocument: Sendable {
    public var file: SourceFile
    public var frontMatter: FrontMatter?
    public var markdown: MarkdownDocument
    /// The file line on which the Markdown body starts: add `bodyFirstLine - 1` to a
    /// node's line to get the file line.
    public var bodyFirstLine: Int
    public var assets: [Asset]
    public var diagnostics: [Diagnostic]

    public func fileLine(_ node: MarkdownNode) -> Int {
        node.line > 0 ? node.line + bodyFirstLine - 1 : bodyFirstLine
    }
}
