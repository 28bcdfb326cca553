import HindsightCore
import HindsightTemplates

/// The context of `sitemap.xml`: every page worth indexing, with the date of its newest
/// incident as `lastmod`. Nil without `base_url`: the sitemap protocol only takes absolute
/// URLs, and a sitemap of guessed addresses would mislead crawlers.
enum SiteMap {
    static func isMade(for config: SiteConfig) -> Bool {
        SiteURL(baseURL: config.baseURL).base != nil
    }

    static func context(_ incidents: [Incident], taxonomy: Taxonomy, config: SiteConfig) -> [String: TemplateValue]? {
        guard isMade(for: config) else { return nil }
        let site = SiteURL(baseURL: config.baseURL)
        func url(_ path: String, _ dates: [CalendarDate?]) -> TemplateValue {
            var entry: [String: TemplateValue] = ["loc": .string(site.absolute(path) ?? path)]
            entry["lastmod"] = dates.compactMap { $0 }.max().map { .string($0.description) }
            return .object(entry)
        }
        var urls = [url("", incidents.map(\.date)), url(FollowUpPages.folder, incidents.map(\.date))]
        urls += incidents.map { url($0.url, [$0.date]) }
        for kind in TaxonomyKind.allCases {
            let terms = taxonomy.terms(kind)
            urls.append(url(kind.folder + "/", incidents.map(\.date)))
            urls += terms.map { term in url(term.url, term.incidentPositions.map { incidents[$0].date }) }
        }
        return ["urls": .list(urls)]
    }

    /// `robots.txt` names the sitemap when there is one.
    static func robotsContext(config: SiteConfig) -> [String: TemplateValue] {
        var context: [String: TemplateValue] = [:]
        context["sitemap"] = SiteURL(baseURL: config.baseURL).absolute("sitemap.xml").map(TemplateValue.string)
        return context
    }
}
