/// What one site folder holds, as its build wrote it: which folder it is (`OutputIdentity`),
/// the key of every incident page, and every file written, relative to the folder.
///
/// The cache keeps two: the published site's, and the spare site's (the one published
/// before it, kept in the cache to be updated in place; see `SpareSite`). The keys say
/// which pages can be kept or linked; the files say what to delete from the spare.
struct SiteManifest: Sendable, Codable {
    var folder: [Int]
    var pages: [PageKey]
    var files: [String]

    struct PageKey: Sendable, Codable, Equatable {
        var url: String
        var key: UInt64
    }

    /// The positions of `keys` whose page this site already has, the same.
    func pagesMatching(_ keys: [PageKey]) -> Set<Int> {
        let known = Dictionary(pages.map { ($0.url, $0.key) }, uniquingKeysWith: { first, _ in first })
        return Set(keys.indices.filter { known[keys[$0].url] == keys[$0].key })
    }
}
