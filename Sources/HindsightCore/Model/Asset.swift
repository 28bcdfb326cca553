/// A local file (usually an image) that a document links to, copied beside its page.
public struct Asset: Sendable, Hashable, Codable {
    /// Absolute path of the file in the content folder.
    public var sourcePath: String
    /// Path relative to the incident's page folder.
    public var pagePath: String

    package init(sourcePath: String, pagePath: String) {
        self.sourcePath = sourcePath
        self.pagePath = pagePath
    }
}
