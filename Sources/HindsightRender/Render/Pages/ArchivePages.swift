import Foundation
import HindsightCore
import HindsightTemplates

/// Everything made from the archive as a whole rather than from one document: the index,
/// the taxonomy pages, the follow-ups pages, the search page and its index, the feeds, `incidents.json`,
/// `sitemap.xml`, `robots.txt` and `404.html`. All from the collected incidents (without
/// bodies), so memory stays flat.
package struct ArchivePages {
    let theme: Theme
    let config: SiteConfig

    package init(theme: Theme, config: SiteConfig) {
        self.theme = theme
        self.config = config
    }

    /// The files, the costliest first, so that parallel workers finish close together.
    ///
    /// - Parameter fragments: each incident's `ListingFragments`, in the same order.
    package func files(_ incidents: [Incident], fragments: [ListingFragments]) -> [ListingFile] {
        let taxonomy = Taxonomy(incidents, jobs: config.jobs)
        let indexRows = incidents.indices.map { ListedIncident(incidents, at: $0, root: "", row: fragments[$0].indexRow) }
        let entries = fragments.map(\.exportEntry)
        let search = SearchIndex.parts(documents: fragments.map(\.searchDocument),
                                       in: incidents.indices.map { SearchIndex.partName(of: incidents[$0].date) })
        var files = [
            ListingFile(path: "incidents.json") { IncidentsJSON.text(entries: entries) },
            page("index", "index.html", rows: fragments.map(\.indexRow)) { [config] in
                PageContext.index(incidents, rows: indexRows, config: config, taxonomy: taxonomy)
            },
        ]
        files += taxonomyPages(taxonomy, fragments: fragments, rows: incidents.indices.map {
            ListedIncident(incidents, at: $0, root: TaxonomyPageContext.termRoot, row: fragments[$0].termRow)
        })
        files += [
            page("search", "search.html") { [config] in PageContext.page(config, path: "search.html", root: "") },
            page("404", "404.html") { [config] in Self.notFoundContext(config) },
            page("feed.xml", "feed.xml") { [config] in FeedContext.context(incidents, config: config) },
            page("feed.json", "feed.json") { [config] in FeedContext.context(incidents, config: config) },
            page("robots.txt", "robots.txt") { [config] in SiteMap.robotsContext(config: config) },
        ]
        files += followUpPages(incidents)
        files += search.map { part in ListingFile(path: part.path) { part.script } }
        files.append(ListingFile(path: "search-index.js") { PiecewiseText([.text(SearchIndex.script(parts: search))]) })
        if SiteMap.isMade(for: config) {
            files.append(page("sitemap.xml", "sitemap.xml") { [config] in
                SiteMap.context(incidents, taxonomy: taxonomy, config: config) ?? [:]
            })
        }
        return files
    }

    /// - Parameter rows: every incident's row seen from a term page, in archive order.
    private func taxonomyPages(_ taxonomy: Taxonomy, fragments: [ListingFragments], rows: [ListedIncident]) -> [ListingFile] {
        TaxonomyKind.allCases.flatMap { kind in
            [page("terms", kind.folder + "/index.html") { [config] in
                TaxonomyPageContext.kind(kind, taxonomy: taxonomy, config: config)
            }] + taxonomy.terms(kind).map { term in
                page("term", term.url + "index.html", rows: term.incidentPositions.map { fragments[$0].termRow }) { [config] in
                    TaxonomyPageContext.term(term, rows: rows, config: config)
                }
            }
        }
    }

    /// The follow-ups pages, each making its rows only when it is written.
    private func followUpPages(_ incidents: [Incident]) -> [ListingFile] {
        let followUps = FollowUpPages(incidents, config: config)
        return followUps.pages.map { listed in page(listed.template, listed.path) { followUps.context(listed) } }
    }

    /// A server shows `404.html` at any depth, so its links need the absolute root that
    /// `base_url` gives; without it they are relative to the site root.
    private static func notFoundContext(_ config: SiteConfig) -> [String: TemplateValue] {
        let root = SiteURL(baseURL: config.baseURL).base ?? ""
        return PageContext.page(config, path: "404.html", root: root)
    }

    /// A page of the theme, its context made only when its turn comes; `rows` go where the
    /// template places `{{{rows}}}` (`ListingRows`).
    private func page(_ template: String, _ path: String, rows: [TextPiece] = [],
                      context: @escaping @Sendable () -> [String: TemplateValue]) -> ListingFile {
        ListingFile(path: path) { [theme] in ListingRows.text(theme.render(template, context()), rows: rows) }
    }
}
