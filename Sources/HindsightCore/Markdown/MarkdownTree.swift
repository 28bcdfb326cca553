/// A Markdown syntax tree copied out of cmark-gfm into one flat array of value records,
/// so that it is `Sendable`, outlives the C parser and costs one allocation per document
/// rather than one per node.
public struct MarkdownTree: Sendable {
    struct Record: Sendable {
        var kind: MarkdownKind
        var literal: String
        var url: String
        var line: Int
        var parent: Int
        /// For a task-list item, whether its box is checked; nil for every other node.
        var taskChecked: Bool?
        var firstChild: Int = -1
        var lastChild: Int = -1
        var nextSibling: Int = -1
    }

    private(set) var records: [Record] = []

    /// The document node.
    public var root: MarkdownNode { MarkdownNode(tree: self, index: 0) }

    /// Appends a node under `parent` (-1 for the root) and returns its index.
    mutating func append(_ kind: MarkdownKind, literal: String, url: String, line: Int, parent: Int, taskChecked: Bool? = nil) -> Int {
        let index = records.count
        records.append(Record(kind: kind, literal: literal, url: url, line: line, parent: parent, taskChecked: taskChecked))
        if parent >= 0 {
            let previous = records[parent].lastChild
            if previous >= 0 {
                records[previous].nextSibling = index
            } else {
                records[parent].firstChild = index
            }
            records[parent].lastChild = index
        }
        return index
    }
}
