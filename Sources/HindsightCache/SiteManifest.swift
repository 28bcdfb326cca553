import HindsightWrite

/// What one site folder holds, as its build wrote it: which folder it is (`OutputIdentity`),
/// the key of every incident page, every file written, relative to the folder, and the
/// digest of the listings made from cached fragments (`PiecewiseText.digest`).
///
/// The cache keeps two: the published site's, and the spare site's (the one published
/// before it, kept in the cache to be updated in place; see `OutputDirectory`). The keys say
/// which pages can be kept or linked; the files say what to delete from the spare.
package struct SiteManifest: Sendable, Equatable {
    package var folder: [Int]
    package var pages: [PageKey]
    package var files: [String]
    package var digests: [FileDigest] = []

    package init(folder: [Int], pages: [PageKey], files: [String], digests: [FileDigest] = []) {
        self.folder = folder
        self.pages = pages
        self.files = files
        self.digests = digests
    }

    package var digestsByPath: [String: UInt64] {
        Dictionary(digests.map { ($0.path, $0.digest) }, uniquingKeysWith: { first, _ in first })
    }

    package struct PageKey: Sendable, Equatable {
        package var url: String
        package var key: UInt64

        package init(url: String, key: UInt64) {
            self.url = url
            self.key = key
        }
    }

    /// The positions of `keys` whose page this site already has, the same.
    package func pagesMatching(_ keys: [PageKey]) -> Set<Int> {
        let known = Dictionary(pages.map { ($0.url, $0.key) }, uniquingKeysWith: { first, _ in first })
        return Set(keys.indices.filter { known[keys[$0].url] == keys[$0].key })
    }
}
