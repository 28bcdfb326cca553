/// A Markdown file found in the content folder.
public struct SourceFile: Sendable, Hashable {
    /// Absolute path.
    public var path: String
    /// Path relative to the content folder, with `/` separators: the incident's `source`.
    public var relativePath: String
    /// Path to show in diagnostics: the content folder as the user named it, plus `relativePath`.
    public var displayPath: String

    public init(path: String, relativePath: String, displayPath: String) {
        self.path = path
        self.relativePath = relativePath
        self.displayPath = displayPath
    }

    /// The folder holding the file (absolute).
    public var directory: String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }

    /// The file name without folder or extension.
    public var baseName: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
