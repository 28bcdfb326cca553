import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCache
@testable import HindsightCore
@testable import HindsightRender
@testable import HindsightWrite

/// The site a build replaces is kept in the cache as the spare, and the next build updates
/// it in place: every such build gives the site a cold build gives, unchanged pages keep
/// their inode, and a spare the cache cannot vouch for is deleted, never published.
@Suite struct SpareSiteTests {
    private func cache(of site: TestSite) -> BuildCache {
        BuildCache(siteRoot: site.root, outputFolder: Path.join(site.root, site.config.outputFolder))
    }

    private func revise(_ day: Int, in site: TestSite, _ words: String = "revised") throws {
        try site.add("day\(day).md", "# Outage on day \(day), \(words)\n\nOn 2024-03-0\(day) the api failed again.\n")
    }

    /// Each step builds from the spare the step before last left; "revert" brings a page back
    /// to what the spare still holds while the published site has another.
    @Test func everyBuildFromTheSpareGivesTheColdSite() throws {
        var site = try TestSite.fiveDays()
        defer { site.remove() }
        _ = site.build()
        #expect(!FileManager.default.fileExists(atPath: cache(of: site).spareFolder), "nothing replaced, nothing kept")
        let original = "# Outage on day 3\n\nOn 2024-03-03 the api failed.\n\n## Timeline\n\n- 10:00 Alert fires\n- 10:30 Fixed\n"
        let steps: [(String, () throws -> Void)] = [
            ("revise", { try revise(3, in: site) }),
            ("remove", { try FileManager.default.removeItem(atPath: site.root + "/content/day5.md") }),
            ("image", {
                try site.add("day6.md", "# Outage on day 6\n\nOn 2024-03-06 it failed.\n\n![graph](graph.png)\n")
                try site.addBytes("graph.png", [1, 2, 3])
            }),
            ("revert", { try site.add("day3.md", original) }),
            ("drop image", { try FileManager.default.removeItem(atPath: site.root + "/content/day6.md") }),
            ("rename", { try FileManager.default.moveItem(atPath: site.root + "/content/day2.md", toPath: site.root + "/content/renamed.md") }),
        ]
        for (name, change) in steps {
            try change()
            let report = site.build()
            #expect(report.wroteSite && !report.upToDate, "\(name)")
            #expect(try site.snapshot() == site.coldSnapshot(), "after \(name)")
            #expect(FileManager.default.fileExists(atPath: cache(of: site).spareFolder + "/" + OutputDirectory.markerName), "after \(name)")
        }
        site.config.title = "Another title"
        _ = site.build()
        #expect(try site.snapshot() == site.coldSnapshot())
    }

    @Test func anUnchangedPageKeepsItsInodeThroughTheSpare() throws {
        let site = try TestSite.fiveDays()
        defer { site.remove() }
        _ = site.build()
        let first = try OutputFiles(site)
        try revise(3, in: site)
        _ = site.build()
        let second = try OutputFiles(site)
        // Another word than day 3's: two pages "revised" would be related, and both change.
        try revise(5, in: site, "amended")
        _ = site.build()  // from the spare: the first site
        let third = try OutputFiles(site)

        let day1 = TestSite.page(day: 1)
        #expect(third.identities[day1] != nil && third.identities[day1] == first.identities[day1])
        let day3 = "incidents/2024-03-03-outage-on-day-3-revised/index.html"
        #expect(third.identities[day3] != nil && third.identities[day3] == second.identities[day3])
        #expect(third.identities[TestSite.page(day: 4)] != second.identities[TestSite.page(day: 4)])
    }

    enum Distrust: String, CaseIterable, Sendable {
        /// No manifest: nothing says what the spare holds.
        case manifestDeleted
        /// A file added at its top changes the folder's identity.
        case fileAdded
        /// A page deleted deep inside is not noticed by the identity, but by the build.
        case pageDeleted
    }

    @Test(arguments: Distrust.allCases)
    func aSpareTheCacheCannotVouchForIsNeverPublished(_ distrust: Distrust) throws {
        let site = try TestSite.fiveDays()
        defer { site.remove() }
        _ = site.build()
        try revise(3, in: site)
        _ = site.build()
        let spare = cache(of: site).spareFolder
        switch distrust {
        case .manifestDeleted: try FileManager.default.removeItem(atPath: Path.join(Path.parent(of: spare), "spare"))
        case .fileAdded: try Fixtures.write("not from a build\n", to: spare + "/stray.html")
        case .pageDeleted: try FileManager.default.removeItem(atPath: spare + "/" + TestSite.page(day: 1))
        }
        try revise(5, in: site)
        #expect(site.build().wroteSite)
        #expect(try site.snapshot() == site.coldSnapshot())
        #expect(!FileManager.default.fileExists(atPath: spare + "/stray.html"))
    }

    @Test func aKilledUpdateLeavesNoManifestForTheSpare() throws {
        let site = try TestSite.fiveDays()
        defer { site.remove() }
        _ = site.build()
        try revise(3, in: site)
        _ = site.build()
        let snapshot = BuildSnapshot(config: site.config, siteRoot: site.root, theme: .embeddedDefault,
                                     outputPath: Path.join(site.root, site.config.outputFolder),
                                     sources: SiteBuilder(config: site.config, siteRoot: site.root).load(excluding: []),
                                     cache: cache(of: site))
        #expect(snapshot.takeSpareManifest() != nil)
        #expect(snapshot.takeSpareManifest() == nil, "taking the spare deletes its manifest before the folder changes")
    }

    @Test func withoutTheCacheThePreviousSiteIsRemoved() throws {
        let site = try TestSite.fiveDays()
        defer { site.remove() }
        for _ in 0..<2 {
            #expect(SiteBuilder(config: site.config, siteRoot: site.root, useCache: false).build().wroteSite)
        }
        let entries = try FileManager.default.contentsOfDirectory(atPath: site.root).sorted()
        #expect(entries == ["content", "public"])
    }
}
