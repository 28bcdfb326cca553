/// A Markdown text parsed by cmark-gfm: its syntax tree and its HTML rendering.
public struct MarkdownDocument: Sendable {
    public let tree: MarkdownTree
    public let html: String

    /// Parses `markdown` with the GFM extensions (tables, strikethrough, autolinks, task lists,
    /// footnotes, tag filter).
    ///
    /// - Parameters:
    ///   - allowUnsafeHTML: render raw HTML and `javascript:`-style links as written. Off by
    ///     default: raw HTML becomes a comment and dangerous destinations become empty.
    ///   - rewriteURL: called for every link and image destination before rendering; a
    ///     non-nil result replaces it (used to point local images at their copies).
    public init(
        parsing markdown: String,
        allowUnsafeHTML: Bool = false,
        rewriteURL: (MarkdownLinkKind, String) -> String? = { _, _ in nil }
    ) {
        self = CMarkGFM.parse(markdown, allowUnsafeHTML: allowUnsafeHTML, rewriteURL: rewriteURL)
    }

    init(tree: MarkdownTree, html: String) {
        self.tree = tree
        self.html = html
    }

    public var root: MarkdownNode { tree.root }
}

public enum MarkdownLinkKind: Sendable {
    case link
    case image
}
