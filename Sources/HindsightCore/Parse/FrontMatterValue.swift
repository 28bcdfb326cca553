/// A front-matter value, whatever the syntax it was written in (YAML or TOML).
public indirect enum FrontMatterValue: Sendable, Hashable {
    case scalar(String)
    case list([FrontMatterValue])
    case table([String: FrontMatterValue])

    /// The text of a scalar; nil for lists and tables.
    public var text: String? {
        if case .scalar(let text) = self { return text }
        return nil
    }

    /// A scalar as a one-element list, a list of scalars as itself; nested values are skipped.
    public var texts: [String] {
        switch self {
        case .scalar(let text): [text]
        case .list(let items): items.compactMap(\.text)
        case .table: []
        }
    }
}
