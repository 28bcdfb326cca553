/// The values templates see, built as dictionaries (swift-mustache reads them without
/// reflection). Values are plain text: the templates escape them, except `body`, which is
/// cmark-gfm's HTML.
enum PageContext {
    static func site(_ config: SiteConfig, root: String) -> [String: Any] {
        ["title": config.title, "root": root, "generator": "Hindsight \(Generator.version)",
         "browse": TaxonomyPageContext.browseLinks(root: root)]
    }

    /// The keys every page has: the site, the way back to its root, and its canonical URL
    /// when `base_url` is set (absent otherwise: a relative canonical link would be wrong).
    static func page(_ config: SiteConfig, path: String, root: String) -> [String: Any] {
        var context: [String: Any] = ["site": site(config, root: root), "root": root]
        context["canonical"] = SiteURL(baseURL: config.baseURL).absolute(path)
        return context
    }

    static func incident(_ incident: Incident, config: SiteConfig, neighbours: IncidentNeighbours? = nil) -> [String: Any] {
        let root = "../../"
        var context = page(config, path: incident.url, root: root)
        context["neighbours"] = neighbours?.context(root: root)
        return context.merging([
            "incident": summary(incident, root: root).merging([
                "body": incident.bodyHTML,
                "source": incident.source,
                "timeline": incident.timeline.map { ["time": $0.rawTime, "text": $0.text, "readAs": $0.readAs ?? ""] },
                "hasTimeline": !incident.timeline.isEmpty,
                "timelineChart": incident.timeline.isEmpty ? false : TimelineChart(incident: incident).context(),
                "company": incident.reference.company ?? "",
                "product": incident.reference.product ?? "",
                "originalURL": SafeURL.sanitize(incident.reference.url) ?? "",
                "factSources": FactSources.rows(incident),
            ]) { _, new in new },
        ]) { _, new in new }
    }

    /// - Parameter rows: the incidents' rows, seen from the site root.
    static func index(_ incidents: [Incident], rows: [ListedIncident], config: SiteConfig, taxonomy: Taxonomy) -> [String: Any] {
        page(config, path: "", root: "").merging([
            "incidents": rows,
            "rows": ListingRows.marker,
            "count": incidents.count,
            "hasIncidents": !incidents.isEmpty,
            "archiveCharts": ArchiveCharts.context(incidents) ?? false,
            "filters": IndexFilters.context(taxonomy),
        ]) { _, new in new }
    }

    /// What a listing shows of an incident.
    static func summary(_ incident: Incident, root: String) -> [String: Any] {
        TaxonomyLinks.context(incident, root: root).merging([
            "title": incident.title,
            "url": root + incident.url,
            "date": incident.date?.description ?? "",
            "hasDate": incident.date != nil,
            "severity": incident.severity ?? "",
            "authors": incident.authors.enumerated().map { index, author in
                [
                    "name": author.name,
                    "url": SafeURL.sanitize(author.url) ?? "",
                    "email": author.email ?? "",
                    "first": index == 0,
                    "page": root + TaxonomyKind.author.url(of: author.name),
                ] as [String: Any]
            },
            "hasAuthors": !incident.authors.isEmpty,
            "summary": incident.summary,
            "duration": incident.timelineAnalysis.durationMinutes.map(DurationText.minutes) ?? "",
            "durationMinutes": incident.timelineAnalysis.durationMinutes.map(String.init) ?? "",
        ]) { _, new in new }
    }
}
