/// The values templates see, built as dictionaries (swift-mustache reads them without
/// reflection). Values are plain text: the templates escape them, except `body`, which is
/// cmark-gfm's HTML.
enum PageContext {
    static func site(_ config: SiteConfig, root: String) -> [String: Any] {
        ["title": config.title, "root": root, "generator": "Hindsight \(Generator.version)"]
    }

    static func incident(_ incident: Incident, config: SiteConfig) -> [String: Any] {
        let root = "../../"
        return [
            "site": site(config, root: root),
            "root": root,
            "incident": summary(incident, root: root).merging([
                "body": incident.bodyHTML,
                "source": incident.source,
                "timeline": incident.timeline.map { ["time": $0.rawTime, "text": $0.text] },
                "hasTimeline": !incident.timeline.isEmpty,
                "timelineChart": incident.timeline.isEmpty ? false : TimelineChart(incident: incident).context(),
                "company": incident.reference.company ?? "",
                "product": incident.reference.product ?? "",
                "originalURL": SafeURL.sanitize(incident.reference.url) ?? "",
            ]) { _, new in new },
        ]
    }

    static func index(_ incidents: [Incident], config: SiteConfig) -> [String: Any] {
        let root = ""
        return [
            "site": site(config, root: root),
            "root": root,
            "incidents": incidents.map { summary($0, root: root) },
            "count": incidents.count,
            "hasIncidents": !incidents.isEmpty,
            "archiveCharts": ArchiveCharts.context(incidents) ?? false,
        ]
    }

    /// What a listing shows of an incident.
    static func summary(_ incident: Incident, root: String) -> [String: Any] {
        [
            "title": incident.title,
            "url": root + incident.url,
            "date": incident.date?.description ?? "",
            "hasDate": incident.date != nil,
            "severity": incident.severity ?? "",
            "services": incident.services,
            "tags": incident.tags,
            "authors": incident.authors.enumerated().map { index, author in
                [
                    "name": author.name,
                    "url": SafeURL.sanitize(author.url) ?? "",
                    "email": author.email ?? "",
                    "first": index == 0,
                ] as [String: Any]
            },
            "hasAuthors": !incident.authors.isEmpty,
            "summary": incident.summary,
        ]
    }
}
