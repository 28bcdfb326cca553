import HindsightCore
import HindsightTemplates

/// The values templates see, as typed `TemplateValue`s. Values are plain text: the templates
/// escape them, except `body`, which is cmark-gfm's HTML.
package enum PageContext {
    static func site(_ config: SiteConfig, root: String) -> [String: TemplateValue] {
        ["title": .string(config.title), "root": .string(root), "generator": "Hindsight \(Generator.version)",
         "browse": .list(TaxonomyPageContext.browseLinks(root: root))]
    }

    /// The keys every page has: the site, the way back to its root, and its canonical URL
    /// when `base_url` is set (absent otherwise: a relative canonical link would be wrong).
    static func page(_ config: SiteConfig, path: String, root: String) -> [String: TemplateValue] {
        var context: [String: TemplateValue] = ["site": .object(site(config, root: root)), "root": .string(root)]
        context["canonical"] = SiteURL(baseURL: config.baseURL).absolute(path).map(TemplateValue.string)
        return context
    }

    package static func incident(_ incident: Incident, config: SiteConfig, neighbours: IncidentNeighbours? = nil) -> [String: TemplateValue] {
        let root = "../../"
        var context = page(config, path: incident.url, root: root)
        context["neighbours"] = neighbours?.context(root: root)
        return context.merging([
            "incident": .object(summary(incident, root: root).merging([
                "body": .string(incident.bodyHTML),
                "source": .string(incident.source),
                "timeline": .list(incident.timeline.map {
                    ["time": .string($0.rawTime), "text": .string($0.text), "readAs": .string($0.readAs ?? "")]
                }),
                "hasTimeline": .bool(!incident.timeline.isEmpty),
                "followUps": .list(incident.followUps.map { .object(FollowUpContext.item($0)) }),
                "hasFollowUps": .bool(!incident.followUps.isEmpty),
                "followUpCount": .int(incident.followUps.count),
                "openFollowUps": .int(incident.followUps.count { $0.status != .done }),
                "timelineChart": incident.timeline.isEmpty ? false : .object(TimelineChart(incident: incident).context()),
                "company": .string(incident.reference.company ?? ""),
                "product": .string(incident.reference.product ?? ""),
                "originalURL": .string(SafeURL.sanitize(incident.reference.url) ?? ""),
                "factSources": .list(FactSources.rows(incident)),
                "related": .list(incident.related.map { link($0, root: root) }),
            ]) { _, new in new }),
        ]) { _, new in new }
    }

    /// - Parameter rows: the incidents' rows, seen from the site root.
    static func index(_ incidents: [Incident], rows: [ListedIncident], config: SiteConfig, taxonomy: Taxonomy) -> [String: TemplateValue] {
        page(config, path: "", root: "").merging([
            "incidents": .list(rows.map(TemplateValue.keyed)),
            "rows": .string(ListingRows.marker),
            "count": .int(incidents.count),
            "hasIncidents": .bool(!incidents.isEmpty),
            "archiveCharts": ArchiveCharts.context(incidents).map(TemplateValue.object) ?? false,
            "filters": .list(IndexFilters.context(taxonomy)),
        ]) { _, new in new }
    }

    /// What a listing shows of an incident.
    package static func summary(_ incident: Incident, root: String) -> [String: TemplateValue] {
        TaxonomyLinks.context(incident, root: root).merging([
            "title": .string(incident.title),
            "url": .string(root + incident.url),
            "date": .string(incident.date?.description ?? ""),
            "hasDate": .bool(incident.date != nil),
            "severity": .string(incident.severity ?? ""),
            "authors": .list(incident.authors.enumerated().map { author($1, first: $0 == 0, root: root) }),
            "hasAuthors": .bool(!incident.authors.isEmpty),
            "summary": .string(incident.summary),
            "duration": .string(incident.timelineAnalysis.durationMinutes.map(DurationText.minutes) ?? ""),
            "durationMinutes": .string(incident.timelineAnalysis.durationMinutes.map(String.init) ?? ""),
            "recurrenceOf": incident.recurrenceOf.map { link($0, root: root) } ?? false,
        ]) { _, new in new }
    }

    /// A related incident, or the one an incident repeats.
    private static func link(_ related: RelatedIncident, root: String) -> TemplateValue {
        ["url": .string(root + related.url), "title": .string(related.title), "why": .string(related.why)]
    }

    private static func author(_ author: Author, first: Bool, root: String) -> TemplateValue {
        [
            "name": .string(author.name),
            "url": .string(SafeURL.sanitize(author.url) ?? ""),
            "email": .string(author.email ?? ""),
            "first": .bool(first),
            "page": .string(root + TaxonomyKind.author.url(of: author.name)),
        ]
    }
}
