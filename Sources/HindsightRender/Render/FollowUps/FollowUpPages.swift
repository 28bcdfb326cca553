import HindsightCore
import HindsightTemplates

/// The follow-ups pages: every follow-up not done across the archive, oldest first, each with
/// its age and whether it is overdue. `follow-ups/` has the totals, a small chart of the items
/// still open per quarter of their incidents, a link to the list of each owner, service and
/// status (`follow-ups/owner/ada/`, so filtering needs no JavaScript), then the whole list.
/// Every list is cut into pages (`follow-ups/page/2/`), and each page makes the template values
/// of its own rows only, when its turn comes.
struct FollowUpPages: Sendable {
    static let folder = "follow-ups/"

    /// Items per page. A row is about half a kilobyte of HTML, so a page stays near 100 KB,
    /// quick to load and to scroll on a phone, and a build holds the rows of a few pages at a
    /// time. One page with everything was 59 MB at 10,000 postmortems, and its rows' template
    /// values, all held at once, more than doubled the build's peak memory (BENCHMARKS.md).
    static let pageSize = 200

    /// One list of items: all of them, or those under one owner, service or status.
    struct List: Sendable {
        /// nil for the whole list.
        var filter: (facet: FollowUpFacet, name: String)?
        /// Positions in `open`, in its order (oldest first).
        var positions: [Int]
        var pagination: Pagination
    }

    /// One page of a list.
    struct Page: Sendable {
        var list: List
        var number: Int

        var template: String { list.filter == nil ? "follow-ups" : "follow-up-filter" }
        var path: String { list.pagination.path(ofPage: number) + "index.html" }
    }

    private let incidents: [Incident]
    private let config: SiteConfig
    private let open: [OpenFollowUp]
    /// Per facet, its lists in reading order.
    private let filters: [(facet: FollowUpFacet, lists: [List])]

    init(_ incidents: [Incident], config: SiteConfig) {
        self.incidents = incidents
        self.config = config
        let open = OpenFollowUp.all(in: incidents, policy: config.followUps)
        self.open = open
        filters = FollowUpFacet.allCases.map { facet in
            let groups = SluggedGroup.groups(open.indices) { facet.names(of: open[$0], in: incidents) }
            return (facet, facet.sorted(groups).map { group in
                List(filter: (facet, group.name), positions: group.positions,
                     pagination: Pagination(folder: facet.folder + group.slug + "/", count: group.positions.count, size: Self.pageSize))
            })
        }
    }

    /// Every page: the whole list's first, then the rest of it, then each filter's.
    var pages: [Page] {
        let all = List(filter: nil, positions: Array(open.indices),
                       pagination: Pagination(folder: Self.folder, count: open.count, size: Self.pageSize))
        return ([all] + filters.flatMap(\.lists)).flatMap { list in list.pagination.pages.map { Page(list: list, number: $0) } }
    }

    func context(_ page: Page) -> [String: TemplateValue] {
        let pagination = page.list.pagination
        let root = pagination.root(ofPage: page.number)
        let shown = page.list.positions[pagination.range(ofPage: page.number)]
        var context = PageContext.page(config, path: pagination.path(ofPage: page.number), root: root).merging([
            "items": .list(shown.map { row(open[$0], root: root) }),
            "hasItems": .bool(!page.list.positions.isEmpty),
            "pager": .object(pagination.context(ofPage: page.number)),
            "followUpsURL": .string(root + Self.folder),
            "referenceDay": .string(config.followUps.referenceDay.description),
            "followUpDays": .int(config.followUps.followUpDays),
        ]) { _, new in new }
        if let filter = page.list.filter {
            context["filter"] = [
                "title": .string(filter.facet.title), "name": .string(filter.name),
                "count": .int(page.list.positions.count), "overdue": .int(page.list.positions.count { open[$0].isOverdue }),
            ]
        } else if page.number == 1 {
            context["totals"] = totals
            context["trend"] = FollowUpTrend(open, in: incidents).context.map(TemplateValue.object) ?? false
            context["filters"] = ["facets": .list(filters.map { facet, lists in
                ["title": .string(facet.title), "values": .list(lists.map { list in
                    ["name": .string(list.filter?.name ?? ""), "count": .int(list.positions.count),
                     "url": .string(root + list.pagination.folder)]
                })]
            })]
        }
        return context
    }

    private var totals: TemplateValue {
        var counts: [FollowUp.Status: Int] = [:]
        for incident in incidents {
            for item in incident.followUps { counts[item.status, default: 0] += 1 }
        }
        return [
            "all": .int(counts.values.reduce(0, +)),
            "notDone": .int(open.count),
            "open": .int(counts[.open] ?? 0),
            "unknown": .int(counts[.unknown] ?? 0),
            "done": .int(counts[.done] ?? 0),
            "overdue": .int(open.count(where: \.isOverdue)),
            "withoutOwner": .int(open.count { $0.item.owner == nil }),
        ]
    }

    private func row(_ open: OpenFollowUp, root: String) -> TemplateValue {
        let position = open.incident
        return .object(FollowUpContext.item(open.item).merging([
            "incidentTitle": .string(incidents[position].title),
            "incidentURL": .string(root + incidents[position].url),
            "incidentDate": .string(incidents[position].date?.description ?? ""),
            "services": .list(incidents[position].services.map(TemplateValue.string)),
            "age": .string(open.ageDays.map { $0 == 1 ? "1 day" : "\($0) days" } ?? ""),
            "dueDay": .string(open.dueDay?.description ?? ""),
            "overdue": .bool(open.isOverdue),
        ]) { _, new in new })
    }
}
