import HindsightCache

/// Which incident pages need not be rendered, by position in the archive: those the staging
/// folder already holds the same (it started as the spare site), and those the published
/// site holds the same, to be linked from it.
struct PageReuse: Sendable {
    var staged: Set<Int> = []
    var published: Set<Int> = []

    init(_ keys: [SiteManifest.PageKey], staged: SiteManifest?, published: SiteManifest?) {
        self.staged = staged?.pagesMatching(keys) ?? []
        self.published = published?.pagesMatching(keys) ?? []
    }
}
