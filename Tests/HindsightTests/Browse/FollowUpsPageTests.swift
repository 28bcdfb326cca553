import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCore
@testable import HindsightRender

/// The follow-ups pages and each incident's list: what is open, how old, what is overdue,
/// and a new day noticed by an incremental build.
struct FollowUpsPageTests {
    private func site() throws -> TestSite {
        var site = try TestSite()
        site.config.followUps.referenceDay = CalendarDate(year: 2024, month: 11, day: 1)!
        try site.add("db.md", """
            ---
            title: Orders database disk full
            date: 2024-04-20
            services: [orders]
            ---
            ## Action items

            | Action | Owner | Status | Due |
            | --- | --- | --- | --- |
            | Alert on failed WAL archiving | Ada | Open | 2025-03-01 |
            | Remove old WAL segments | Ada | Done | |
            """)
        try site.add("cdn.md", """
            ---
            title: CDN certificate expired
            date: 2024-09-30
            services: [edge]
            ---
            ## Follow-ups

            - [ ] Automate certificate renewal (owner: Lin)
            - Document the renewal <script>alert(1)</script> steps
            """)
        return site
    }

    @Test func listsWhatIsNotDoneOldestFirstWithAgeAndLateness() throws {
        let site = try site()
        defer { site.remove() }
        let report = site.build()
        #expect(report.wroteSite)
        let page = try #require(site.output("follow-ups/index.html"))
        let wal = try #require(page.range(of: "Alert on failed WAL archiving"))
        let renewal = try #require(page.range(of: "Automate certificate renewal"))
        #expect(wal.lowerBound < renewal.lowerBound, "oldest incident first")
        #expect(!page.contains("Remove old WAL segments"), "done items are not listed")
        #expect(page.contains("195 days"), "2024-04-20 to the pinned 2024-11-01")
        #expect(page.contains("3 of 4 follow-ups not done"))
        // 56 days after 2024-09-30 is 2024-11-25: not yet overdue; the WAL item is due 2025-03-01.
        #expect(!page.contains("overdue-flag"))
        #expect(page.contains("<a href=\"../follow-ups/owner/lin/index.html\">Lin</a> <span class=\"term-count\">1</span>"))
        #expect(page.contains("<a href=\"../follow-ups/service/orders/index.html\">orders</a> <span class=\"term-count\">1</span>"))
        #expect(Self.texts(on: page).count == 3, "each item once")
        #expect(!page.contains("<script>alert"), "text from documents is escaped")
        let incident = try #require(site.output("incidents/2024-04-20-orders-database-disk-full/index.html"))
        #expect(incident.contains("<li class=\"follow-up status-done\">"))
        #expect(incident.contains("1 of 2 not done"))
        let followUpFindings = report.diagnostics.filter { $0.rule.hasPrefix("follow-up") }
        #expect(followUpFindings.map(\.rule) == ["follow-up-no-owner"], "\(followUpFindings.map(\.formatted))")
        #expect(followUpFindings.first?.line == 9)
    }

    @Test func aLaterDayMakesItemsOverdueAndTheCacheNoticesIt() throws {
        var site = try site()
        defer { site.remove() }
        #expect(site.build().wroteSite)
        let before = try #require(site.output("follow-ups/index.html"))
        site.config.followUps.referenceDay = CalendarDate(year: 2025, month: 1, day: 10)!
        let report = site.build()
        let after = try #require(site.output("follow-ups/index.html"))
        #expect(before != after)
        #expect(after.contains("overdue-flag"))
        #expect(report.diagnostics.contains { $0.rule == "follow-up-overdue" && $0.message.contains("Automate certificate renewal") })
        #expect(try site.snapshot() == site.coldSnapshot())
    }

    @Test func eachOwnerServiceAndStatusHasAPageOfItsItems() throws {
        let site = try site()
        defer { site.remove() }
        #expect(site.build().wroteSite)
        let overview = try #require(site.output("follow-ups/index.html"))
        for filter in ["owner/ada/", "owner/lin/", "owner/no-owner/", "service/orders/", "service/edge/", "status/open/", "status/not-stated/"] {
            #expect(overview.contains("href=\"../follow-ups/\(filter)index.html\""), "\(filter)")
        }
        let tasks = { (filter: String) in Self.texts(on: site.output("follow-ups/\(filter)index.html") ?? "") }
        #expect(tasks("owner/ada/") == ["Alert on failed WAL archiving"])
        #expect(tasks("owner/no-owner/") == ["Document the renewal alert(1) steps"])
        #expect(tasks("service/edge/") == ["Automate certificate renewal", "Document the renewal alert(1) steps"])
        #expect(tasks("status/open/") == ["Alert on failed WAL archiving", "Automate certificate renewal"])
        let ada = try #require(site.output("follow-ups/owner/ada/index.html"))
        #expect(ada.contains("<span class=\"kind\">Owner:</span> Ada</h1>"))
        #expect(ada.contains("1 not done, 0 overdue."))
        #expect(!ada.contains("rel=\"next\""), "one page")
    }

    /// "No owner" and "No service" are not names to file among the real ones.
    @Test func itemsWithoutAnOwnerOrAServiceAreListedLast() {
        let groups = ["Omar", "No owner", "Ada", "Nina"].map { SluggedGroup(name: $0, slug: Slug.make($0), positions: [0]) }
        #expect(FollowUpFacet.owner.sorted(groups).map(\.name) == ["Ada", "Nina", "Omar", "No owner"])
        let services = ["web", "No service", "api"].map { SluggedGroup(name: $0, slug: Slug.make($0), positions: [0]) }
        #expect(FollowUpFacet.service.sorted(services).map(\.name) == ["api", "web", "No service"])
    }

    /// Exactly a page of items, and one more: the first fits on one page, the second needs
    /// another with a single item; either way every item is listed once, oldest first.
    @Test(arguments: [FollowUpPages.pageSize, FollowUpPages.pageSize + 1])
    func everyItemIsListedOnceOldestFirstAcrossThePages(count: Int) throws {
        let site = try Self.site(openItems: count)
        defer { site.remove() }
        #expect(site.build().wroteSite)
        let pages = try Self.pages(from: "follow-ups/index.html", in: site)
        #expect(pages.count == (count == FollowUpPages.pageSize ? 1 : 2))
        #expect(pages.flatMap { Self.texts(on: site.output($0) ?? "") } == (1...count).map(Self.task))
        #expect(!site.exists("public/follow-ups/page/1/index.html"), "the first page is the list's own folder")
        let last = try #require(site.output(pages.last ?? ""))
        if count == FollowUpPages.pageSize {
            #expect(last.contains("\(count) items."))
            #expect(!site.exists("public/follow-ups/page/2/index.html"))
            #expect(!last.contains("class=\"pager\""))
        } else {
            #expect(pages == ["follow-ups/index.html", "follow-ups/page/2/index.html"])
            #expect(last.contains("Items \(count)–\(count) of \(count), page 2 of 2."))
            #expect(last.contains("<title>Follow-ups, page 2 · "))
            let previous = try #require(Self.link(rel: "prev", on: last))
            #expect(SiteLinks.resolve(previous, from: pages[1]) == "follow-ups/index.html")
            #expect(try #require(site.output(pages[0])).contains("Items 1–\(FollowUpPages.pageSize) of \(count), page 1 of 2."))
        }
    }

    /// Every list the overview links to holds exactly the items of its owner, service or
    /// status, oldest first, across as many pages as it needs.
    @Test func filterPagesListExactlyTheirItems() throws {
        let site = try Self.site(openItems: 2 * FollowUpPages.pageSize + 1)
        defer { site.remove() }
        let report = site.build()
        #expect(report.wroteSite)
        var expected: [String: [String]] = [:]
        for item in Self.openItemsOldestFirst(report.incidents) {
            let services = item.incident.services.isEmpty ? ["No service"] : item.incident.services
            let keys = ["owner/" + Slug.make(item.followUp.owner ?? "No owner")]
                + services.map { "service/" + Slug.make($0) }
                + ["status/" + (item.followUp.status == .open ? "open" : "not-stated")]
            for key in keys { expected["follow-ups/\(key)/index.html", default: []].append(item.followUp.text) }
        }
        let overview = "follow-ups/index.html"
        let linked = try SiteLinks.targets(of: overview, in: site.outputPath)
            .filter { target in ["owner/", "service/", "status/"].contains { target.hasPrefix("follow-ups/" + $0) } }
        #expect(Set(linked) == Set(expected.keys))
        #expect(expected.keys.count > 6, "owners, services and statuses, some without")
        var pageCounts: [Int] = []
        for first in linked {
            let pages = try Self.pages(from: first, in: site)
            pageCounts.append(pages.count)
            #expect(pages.flatMap { Self.texts(on: site.output($0) ?? "") } == expected[first], "\(first)")
        }
        #expect(pageCounts.contains { $0 > 1 }, "a filter long enough for a second page")
    }

    @Test func linksAreRelativeAndLeadToPagesThatCarryThePolicy() throws {
        let site = try Self.site(openItems: FollowUpPages.pageSize + 1)
        defer { site.remove() }
        let report = site.build()
        #expect(report.wroteSite)
        let pages = try TestSite.files(in: site.outputPath).keys.filter { $0.hasPrefix("follow-ups/") }.sorted()
        #expect(pages.count > 5 && pages.allSatisfy { $0.hasSuffix("/index.html") })
        let incident = try #require(report.incidents.first).url + "index.html"
        #expect(try SiteLinks.problems(in: site.outputPath, pages: pages + [incident]) == [])
        #expect(try SiteLinks.targets(of: incident, in: site.outputPath).contains("follow-ups/index.html"))
        for page in pages {
            let html = try #require(site.output(page))
            #expect(html.contains("Content-Security-Policy"), "\(page)")
            #expect(!html.contains(" style=\"") && !html.contains("<script>"), "\(page)")
        }
    }

    /// A page makes the rows it shows and no others: the whole archive's rows, four times,
    /// more than doubled the peak memory of a build of 10,000 postmortems.
    @Test func aPageMakesOnlyItsOwnRows() throws {
        let site = try Self.site(openItems: 2 * FollowUpPages.pageSize + 1)
        defer { site.remove() }
        let report = site.build()
        let pages = FollowUpPages(report.incidents, config: site.config)
        let main = pages.pages.filter { $0.list.filter == nil }
        #expect(main.map(\.path) == ["follow-ups/index.html", "follow-ups/page/2/index.html", "follow-ups/page/3/index.html"])
        #expect(main.map { pages.context($0)["items"]?.list?.count } == [FollowUpPages.pageSize, FollowUpPages.pageSize, 1])
        #expect(main.map { pages.context($0)["filters"] != nil } == [true, false, false], "filters on the first page only")
    }

    @Test func aListThatShrinksLeavesNoStalePages() throws {
        let site = try Self.site(openItems: FollowUpPages.pageSize + 1)
        defer { site.remove() }
        #expect(site.build().wroteSite)
        #expect(site.output("follow-ups/page/2/index.html") != nil)
        for name in try FileManager.default.contentsOfDirectory(atPath: site.root + "/content") where name != "doc0.md" {
            try FileManager.default.removeItem(atPath: site.root + "/content/" + name)
        }
        #expect(site.build().wroteSite)
        #expect(site.output("follow-ups/page/2/index.html") == nil)
        #expect(site.output("follow-ups/index.html") != nil)
        #expect(try site.snapshot() == site.coldSnapshot())
    }

    /// A theme that overrides `follow-ups.mustache` as it was before the pages were cut
    /// still builds: its list shows the first page, its groups (no longer made) nothing.
    @Test func aThemeWithTheFormerFollowUpsTemplateStillRenders() throws {
        var site = try site()
        defer { site.remove() }
        try Fixtures.write(Self.formerTemplate, to: site.root + "/themes/acme/follow-ups.mustache")
        site.config.theme = "acme"
        let report = site.build()
        #expect(report.wroteSite && !report.failed(strict: false))
        let page = try #require(site.output("follow-ups/index.html"))
        #expect(page.contains("3 of 4 follow-ups not done"))
        #expect(Self.texts(on: page).count == 3)
        #expect(site.output("follow-ups/owner/ada/index.html")?.contains("Alert on failed WAL archiving") == true)
    }

    @Test(arguments: [2, 4])
    func theSameOnOneThreadOrMore(jobs: Int) throws {
        var site = try Self.site(openItems: 2 * FollowUpPages.pageSize + 1)
        defer { site.remove() }
        site.config.jobs = 1
        let one = try site.coldSnapshot()
        site.config.jobs = jobs
        let more = try site.coldSnapshot()
        #expect(one.keys.count { $0.hasPrefix("follow-ups/") } > 10)
        #expect(one == more)
    }

    // MARK: Helpers

    /// The follow-up texts a page lists, in its order.
    static func texts(on html: String) -> [String] {
        html.components(separatedBy: "<tr class=\"status-").dropFirst().compactMap { row in
            row.range(of: "<td>").flatMap { start in
                row[start.upperBound...].range(of: "</td>").map { String(row[start.upperBound..<$0.lowerBound]) }
            }
        }
    }

    static func task(_ number: Int) -> String {
        "Task " + String(String(number + 10_000).dropFirst())
    }

    /// The pages of a list, from its first, following its `rel="next"` links.
    static func pages(from first: String, in site: TestSite) throws -> [String] {
        var pages = [first]
        while let next = link(rel: "next", on: try #require(site.output(pages.last!))) {
            let target = try #require(SiteLinks.resolve(next, from: pages.last!))
            try #require(!pages.contains(target) && pages.count < 100)
            pages.append(target)
        }
        return pages
    }

    static func link(rel: String, on html: String) -> String? {
        HTMLTag.all(in: html).first { $0.attributes.contains { $0.name == "rel" && $0.value == rel } }?
            .attributes.first { $0.name == "href" }?.value
    }

    /// `count` open items, `Task 0001` the oldest, 50 to an incident a day apart: owners by
    /// turns (every eleventh none), services by turns (every third incident none), every
    /// seventh item without a status.
    static func site(openItems count: Int) throws -> TestSite {
        let site = try TestSite()
        let perIncident = 50
        for incident in 0..<(count + perIncident - 1) / perIncident {
            let numbers = (incident * perIncident + 1)...min(count, (incident + 1) * perIncident)
            let rows = numbers.map { number in
                "| \(task(number)) | \(number % 11 == 0 ? "" : "Engineer \(number % 2)") | \(number % 7 == 0 ? "" : "Open") |"
            }
            let date = CalendarDate(year: 2024, month: 1, day: 1)!.adding(days: incident)
            let services = incident % 3 == 2 ? "" : "services: [svc\(incident % 2), shared]\n"
            try site.add("doc\(incident).md", """
                ---
                title: Outage \(incident)
                date: \(date)
                \(services)---
                ## Action items

                | Action | Owner | Status |
                | --- | --- | --- |
                | Already done | Engineer 0 | Done |
                \(rows.joined(separator: "\n"))

                """)
        }
        return site
    }

    static func openItemsOldestFirst(_ incidents: [Incident]) -> [(incident: Incident, followUp: FollowUp)] {
        incidents.sorted { ($0.date!, $0.source) < ($1.date!, $1.source) }
            .flatMap { incident in incident.followUps.filter { $0.status != .done }.map { (incident, $0) } }
    }

    /// `follow-ups.mustache` as themes copied it before the page was cut into pages.
    static let formerTemplate = """
        {{% CONTENT_TYPE: FAST_HTML}}
        <!doctype html>
        <html lang="en">
        <head>
        {{> head}}
        <title>Follow-ups · {{site.title}}</title>
        </head>
        <body class="page-wide">
        {{> header}}
        <main id="main" class="wrap">
          {{#totals}}
          <p class="count">{{notDone}} of {{all}} follow-ups not done ({{open}} open, {{unknown}} without a status), {{overdue}} overdue, {{withoutOwner}} without an owner; {{done}} done.</p>
          {{/totals}}
          {{^hasItems}}<p class="empty-state">Every follow-up is done.</p>{{/hasItems}}
          {{#hasItems}}
        {{> follow-up-table}}
            <h3>Owner</h3>
            {{#byOwner}}
        {{> follow-up-group}}
            {{/byOwner}}
          {{/hasItems}}
        </main>
        {{> footer}}
        </body>
        </html>
        """
}
