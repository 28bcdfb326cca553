import CCmarkGFM
import Foundation

/// The one place that talks to cmark-gfm. It parses UTF-8 Markdown with the GFM extensions,
/// lets the caller rewrite link and image destinations, renders HTML, copies the tree out
/// as Swift values, and frees every C object before it returns.
enum CMarkGFM {
    /// The GFM extensions attached to every parser; `tagfilter` also goes to the renderer,
    /// where it disarms `<script>`, `<iframe>` and the like when raw HTML is allowed.
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// cmark-gfm's extension registry is a global list that is not safe to build from two
    /// threads at once: a Swift `static let` runs this exactly once, before any parser exists.
    private static let registered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// cmark-gfm 0.29 keeps the inline parser's special characters in one global table that
    /// every parser switches its extensions' characters on and off in while it parses
    /// (`cmark_manage_extensions_special_characters`, also around each table row): two
    /// documents parsed at once lost each other's autolinks, so parallel builds differed.
    /// Parsing holds this lock; rendering and copying the tree still run in parallel.
    private static let parsing = NSLock()

    static func parse(
        _ markdown: String,
        allowUnsafeHTML: Bool,
        rewriteURL: (MarkdownLinkKind, String) -> String?
    ) -> MarkdownDocument {
        _ = registered
        // Code blocks keep their language as `class="language-x"` (valid HTML), not `<pre lang>`.
        var options = CMARK_OPT_FOOTNOTES
        if allowUnsafeHTML { options |= CMARK_OPT_UNSAFE }

        guard let parser = cmark_parser_new(options) else { preconditionFailure("cmark-gfm: out of memory") }
        defer { cmark_parser_free(parser) }
        guard let root = parsing.withLock({ parseTree(markdown, with: parser) }) else {
            preconditionFailure("cmark-gfm: out of memory")
        }
        defer { cmark_node_free(root) }

        rewriteDestinations(below: root, with: rewriteURL)
        let html = renderHTML(root, options: options, extensions: cmark_parser_get_syntax_extensions(parser))
        return MarkdownDocument(tree: copyTree(root), html: html)
    }

    private static func parseTree(_ markdown: String, with parser: OpaquePointer) -> OpaquePointer? {
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var source = markdown
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        return cmark_parser_finish(parser)
    }

    private static func renderHTML(_ root: OpaquePointer, options: Int32, extensions: UnsafeMutablePointer<cmark_llist>?) -> String {
        guard let html = cmark_render_html(root, options, extensions) else { return "" }
        defer { cmark_get_default_mem_allocator().pointee.free(html) }
        return String(cString: html)
    }

    private static func rewriteDestinations(below root: OpaquePointer, with rewrite: (MarkdownLinkKind, String) -> String?) {
        walk(root) { node, entering in
            guard entering else { return }
            let kind: MarkdownLinkKind
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK: kind = .link
            case CMARK_NODE_IMAGE: kind = .image
            default: return
            }
            if let replacement = rewrite(kind, string(cmark_node_get_url(node))) {
                cmark_node_set_url(node, replacement)
            }
        }
    }

    private static func copyTree(_ root: OpaquePointer) -> MarkdownTree {
        var tree = MarkdownTree()
        var open: [Int] = []
        walk(root) { node, entering in
            if entering {
                let index = tree.append(
                    kind(of: node),
                    literal: string(cmark_node_get_literal(node)),
                    url: string(cmark_node_get_url(node)),
                    line: Int(cmark_node_get_start_line(node)),
                    parent: open.last ?? -1,
                    taskChecked: isTaskItem(node) ? cmark_gfm_extensions_get_tasklist_item_checked(node) : nil
                )
                if !kind(of: node).isLeaf { open.append(index) }
            } else {
                open.removeLast()
            }
        }
        return tree
    }

    /// Visits every node with cmark's own iterator, which keeps no recursion on the stack.
    private static func walk(_ root: OpaquePointer, _ visit: (OpaquePointer, _ entering: Bool) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let isLeaf = kind(of: node).isLeaf
            if event == CMARK_EVENT_ENTER {
                visit(node, true)
                if isLeaf { continue }
            } else if event == CMARK_EVENT_EXIT, !isLeaf {
                visit(node, false)
            }
        }
    }

    private static func kind(of node: OpaquePointer) -> MarkdownKind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST)
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock(info: string(cmark_node_get_fence_info(node)))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link
        case CMARK_NODE_IMAGE: return .image
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference
        default: return extensionKind(of: node)
        }
    }

    /// Extension node types are numbered at registration time, so they are told apart by name.
    private static func extensionKind(of node: OpaquePointer) -> MarkdownKind {
        switch string(cmark_node_get_type_string(node)) {
        case "table": .table
        case "table_header": .tableRow(isHeader: true)
        case "table_row": .tableRow(isHeader: false)
        case "table_cell": .tableCell
        case "strikethrough": .strikethrough
        case "tasklist": .item
        default: .other
        }
    }

    private static func isTaskItem(_ node: OpaquePointer) -> Bool {
        cmark_node_get_type(node) == CMARK_NODE_ITEM && string(cmark_node_get_type_string(node)) == "tasklist"
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
