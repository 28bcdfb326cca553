/// Another incident of the archive linked from an incident's page, and why. The archive
/// as a whole decides these (see HindsightRender's `ArchiveRelations`); a document alone
/// has none.
public struct RelatedIncident: Sendable, Hashable, Codable {
    /// The other incident's page, relative to the site root.
    public var url: String
    public var title: String
    /// In words, what the two share: "same service: checkout-api · shared: connection pool".
    public var why: String

    public init(url: String, title: String, why: String) {
        self.url = url
        self.title = title
        self.why = why
    }
}
