import HindsightCore
import HindsightTemplates

/// What the feeds show (`feed.xml`, Atom; `feed.json`, JSON Feed 1.1): the newest incidents.
/// Every time comes from the incidents' dates, never from the clock, so two builds of the
/// same archive give the same bytes. Links are absolute when `base_url` is set and relative
/// to the feed otherwise; ids fall back to `urn:hindsight:…` names that stay stable.
enum FeedContext {
    static let entryLimit = 20

    static func context(_ incidents: [Incident], config: SiteConfig) -> [String: TemplateValue] {
        let site = SiteURL(baseURL: config.baseURL)
        let updated = timestamp(incidents.compactMap(\.date).max())
        var context: [String: TemplateValue] = [
            "title": .string(config.title),
            "id": .string(site.absolute("") ?? "urn:hindsight:\(Slug.make(config.title))"),
            "homeLink": .string(site.absolute("") ?? "index.html"),
            "updated": .string(updated),
            "generator": "Hindsight \(Generator.version)",
            "entries": .list(incidents.prefix(entryLimit).map { entry($0, site: site, fallbackTime: updated) }),
        ]
        context["home"] = site.absolute("").map(TemplateValue.string)
        context["atomURL"] = site.absolute("feed.xml").map(TemplateValue.string)
        context["jsonURL"] = site.absolute("feed.json").map(TemplateValue.string)
        return context
    }

    private static func entry(_ incident: Incident, site: SiteURL, fallbackTime: String) -> TemplateValue {
        var entry: [String: TemplateValue] = [
            "id": .string(site.absolute(incident.url) ?? "urn:hindsight:incident:\(incident.slug)"),
            "link": .string(site.absolute(incident.url) ?? incident.url + "index.html"),
            "title": .string(incident.title),
            "updated": .string(incident.date.map { timestamp($0) } ?? fallbackTime),
            // JSON Feed needs some content; a postmortem without a summary offers its title.
            "content": .string(incident.summary.isEmpty ? incident.title : incident.summary),
            "authors": .list(incident.authors.map(author)),
            "categories": .list(categories(incident).map(TemplateValue.string)),
        ]
        entry["published"] = incident.date.map { .string(timestamp($0)) }
        return .object(entry)
    }

    private static func author(_ author: Author) -> TemplateValue {
        var context: [String: TemplateValue] = ["name": .string(author.name)]
        context["uri"] = SafeURL.sanitize(author.url).flatMap { $0.hasPrefix("http") ? .string($0) : nil }
        return .object(context)
    }

    private static func categories(_ incident: Incident) -> [String] {
        var seen: Set<String> = []
        return ([incident.severity].compactMap { $0 } + incident.services + incident.tags).filter { seen.insert($0).inserted }
    }

    /// RFC 3339 at midnight UTC: postmortems give a day, not a time.
    static func timestamp(_ date: CalendarDate?) -> String {
        (date?.description ?? "1970-01-01") + "T00:00:00Z"
    }
}
