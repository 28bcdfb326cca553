/// Front-matter fields that public postmortem archives (such as icco/postmortems) carry.
public struct ReferenceFields: Sendable, Hashable, Codable {
    public var uuid: String?
    public var url: String?
    public var company: String?
    public var product: String?
    public var categories: [String] = []
    public var keywords: [String] = []

    public init() {}
}
