/// The kind of a node in a Markdown syntax tree: CommonMark's node types plus the GFM
/// extensions Hindsight attaches (tables, strikethrough, task lists).
public enum MarkdownKind: Sendable, Hashable {
    case document
    case blockQuote
    case list(ordered: Bool)
    case item
    case codeBlock(info: String)
    case htmlBlock
    case paragraph
    case heading(level: Int)
    case thematicBreak
    case footnoteDefinition
    case table
    case tableRow(isHeader: Bool)
    case tableCell
    case text
    case softBreak
    case lineBreak
    case code
    case htmlInline
    case emphasis
    case strong
    case link
    case image
    case strikethrough
    case footnoteReference
    case other

    /// True for the kinds that hold their content in `literal` rather than in children.
    var isLeaf: Bool {
        switch self {
        case .text, .code, .htmlInline, .htmlBlock, .codeBlock, .softBreak, .lineBreak, .thematicBreak, .footnoteReference:
            true
        default:
            false
        }
    }
}
