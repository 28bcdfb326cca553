/// Everything made from the archive as a whole rather than from one document: the
/// taxonomy pages, the search page and its index, the feeds, `sitemap.xml`, `robots.txt`
/// and `404.html`. All from the collected incidents (without bodies), so memory stays flat.
struct ArchivePages {
    let theme: Theme
    let config: SiteConfig
    let writer: SiteWriter

    func write(_ incidents: [Incident], taxonomy: Taxonomy) throws(SiteWriter.Failure) {
        try writeTaxonomy(incidents, taxonomy)
        try render("search", PageContext.page(config, path: "search.html", root: ""), to: "search.html")
        try render("404", notFoundContext, to: "404.html")
        let feed = FeedContext.context(incidents, config: config)
        try render("feed.xml", feed, to: "feed.xml")
        try render("feed.json", feed, to: "feed.json")
        try render("robots.txt", SiteMap.robotsContext(config: config), to: "robots.txt")
        if let sitemap = SiteMap.context(incidents, taxonomy: taxonomy, config: config) {
            try render("sitemap.xml", sitemap, to: "sitemap.xml")
        }
        do {
            try writer.write(SearchIndex.script(for: incidents), to: "search-index.js")
        } catch let failure as SiteWriter.Failure {
            throw failure
        } catch {
            throw SiteWriter.Failure(path: "search-index.js", reason: "\(error)")
        }
    }

    private func writeTaxonomy(_ incidents: [Incident], _ taxonomy: Taxonomy) throws(SiteWriter.Failure) {
        let rows = incidents.map { PageContext.summary($0, root: TaxonomyPageContext.termRoot) }
        for kind in TaxonomyKind.allCases {
            try render("terms", TaxonomyPageContext.kind(kind, taxonomy: taxonomy, config: config), to: kind.folder + "/index.html")
            for term in taxonomy.terms(kind) {
                try render("term", TaxonomyPageContext.term(term, rows: rows, config: config), to: term.url + "index.html")
            }
        }
    }

    /// A server shows `404.html` at any depth, so its links need the absolute root that
    /// `base_url` gives; without it they are relative to the site root.
    private var notFoundContext: [String: Any] {
        let root = SiteURL(baseURL: config.baseURL).base ?? ""
        return PageContext.page(config, path: "404.html", root: root)
    }

    private func render(_ template: String, _ context: [String: Any], to path: String) throws(SiteWriter.Failure) {
        try writer.write(theme.render(template, context), to: path)
    }
}
