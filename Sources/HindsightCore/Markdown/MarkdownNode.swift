/// A read-only view of one node of a `MarkdownTree`.
public struct MarkdownNode: Sendable {
    let tree: MarkdownTree
    let index: Int

    private var record: MarkdownTree.Record { tree.records[index] }

    public var kind: MarkdownKind { record.kind }
    /// The text of a leaf (text, code, HTML); empty for containers.
    public var literal: String { record.literal }
    /// The destination of a link or image; empty otherwise.
    public var url: String { record.url }
    /// The 1-based line in the Markdown source where the node starts (0 when unknown).
    public var line: Int { record.line }

    /// For a task-list item (`- [x] Rotate the keys`), whether its box is checked; nil for
    /// every other node, list items without a box included.
    public var taskChecked: Bool? { record.taskChecked }

    public var parent: MarkdownNode? {
        record.parent >= 0 ? MarkdownNode(tree: tree, index: record.parent) : nil
    }

    public var children: Children { Children(tree: tree, first: record.firstChild) }

    public var nextSibling: MarkdownNode? {
        record.nextSibling >= 0 ? MarkdownNode(tree: tree, index: record.nextSibling) : nil
    }

    /// Every node below this one, depth first, in document order (iterative: a 10,000-deep
    /// document cannot overflow the stack).
    public var descendants: Descendants { Descendants(tree: tree, root: index) }

    public struct Children: Sequence, Sendable {
        let tree: MarkdownTree
        let first: Int

        public func makeIterator() -> AnyIterator<MarkdownNode> {
            var next = first
            return AnyIterator {
                guard next >= 0 else { return nil }
                defer { next = tree.records[next].nextSibling }
                return MarkdownNode(tree: tree, index: next)
            }
        }
    }

    public struct Descendants: Sequence, Sendable {
        let tree: MarkdownTree
        let root: Int

        public func makeIterator() -> AnyIterator<MarkdownNode> {
            let records = tree.records
            var next = records[root].firstChild
            return AnyIterator {
                guard next >= 0 else { return nil }
                let current = next
                next = Self.successor(of: current, below: root, in: records)
                return MarkdownNode(tree: tree, index: current)
            }
        }

        private static func successor(of index: Int, below root: Int, in records: [MarkdownTree.Record]) -> Int {
            if records[index].firstChild >= 0 { return records[index].firstChild }
            var node = index
            while node != root {
                if records[node].nextSibling >= 0 { return records[node].nextSibling }
                node = records[node].parent
            }
            return -1
        }
    }
}
