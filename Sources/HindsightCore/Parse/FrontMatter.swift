/// The metadata block at the top of a document, between `---` lines (YAML) or `+++` lines
/// (TOML), with the line of each key so that diagnostics can point into it.
public struct FrontMatter: Sendable {
    public enum Syntax: Sendable { case yaml, toml }

    public struct Field: Sendable, Hashable {
        public var value: FrontMatterValue
        public var line: Int
    }

    public var syntax: Syntax
    public var fields: [String: Field]
    /// The line of the opening delimiter.
    public var line: Int = 1

    public init(syntax: Syntax, fields: [String: Field]) {
        self.syntax = syntax
        self.fields = fields
    }

    public subscript(key: String) -> FrontMatterValue? { fields[key]?.value }

    /// A non-empty scalar, trimmed.
    public func text(_ key: String) -> String? {
        guard let text = self[key]?.text?.trimmed, !text.isEmpty else { return nil }
        return text
    }

    /// A list of non-empty scalars; a single scalar counts as a list of one.
    public func texts(_ key: String) -> [String] {
        (self[key]?.texts ?? []).map(\.trimmed).filter { !$0.isEmpty }
    }

    public func line(of key: String) -> Int { fields[key]?.line ?? line }
}
