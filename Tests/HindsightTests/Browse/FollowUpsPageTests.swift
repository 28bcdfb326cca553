import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCore

/// The follow-ups page and each incident's list: what is open, how old, what is overdue,
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
        #expect(page.contains("<summary>Lin <span class=\"term-count\">1</span></summary>"))
        #expect(page.contains("<summary>orders <span class=\"term-count\">1</span></summary>"))
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

    @Test func theSameOnOneThreadOrFour() throws {
        var site = try site()
        defer { site.remove() }
        site.config.jobs = 1
        _ = site.build()
        let one = try site.coldSnapshot()
        site.config.jobs = 4
        let four = try site.coldSnapshot()
        #expect(one == four)
    }
}
