import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCache
@testable import HindsightCore
@testable import HindsightRender

@Suite struct BuildTests {
    static let goodDocument = "# Disk full on db-01\n\nOn April 20th, 2024 the disk filled up and writes failed for everyone.\n"

    @Test func buildsOnePagePerDocumentAnIndexAndTheExport() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("a.md", Self.goodDocument)
        try site.add("nested/b.markdown", "---\ntitle: Cache stampede\ndate: 2024-05-01\n---\nBody text\n")
        try site.add("notes.txt", "not markdown")
        let report = site.build()
        #expect(report.errorCount == 0)
        #expect(report.incidents.map(\.slug) == ["2024-05-01-cache-stampede", "2024-04-20-disk-full-on-db-01"])
        let index = try #require(site.output("index.html"))
        #expect(index.contains("href=\"incidents/2024-04-20-disk-full-on-db-01/index.html\""))
        #expect(site.output("incidents/2024-05-01-cache-stampede/index.html")?.contains("Cache stampede") == true)
        let json = try #require(site.output("incidents.json"))
        let export = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(export?["version"] as? Int == 1)
        #expect((export?["incidents"] as? [[String: Any]])?.map { $0["source"] as? String } == ["nested/b.markdown", "a.md"])
    }

    @Test func badDocumentsAreReportedAndTheRestStillBuilds() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("good.md", Self.goodDocument)
        try site.add("empty.md", "")
        try site.addBytes("binary.md", (0..<600).map { UInt8($0 % 9) })
        try site.add("unterminated.md", "---\ntitle: x\n# Body\n")
        try site.add("invalid.md", "---\ntitle: [oops\n---\n# Body\n")
        let report = site.build()
        #expect(report.wroteSite)
        #expect(report.failed(strict: false))
        let lines = report.diagnostics.map(\.formatted)
        #expect(lines.contains { $0.hasPrefix("content/binary.md:1:1: error:") })
        #expect(lines.contains { $0.hasPrefix("content/empty.md:1:1: warning:") })
        #expect(lines.contains { $0.hasPrefix("content/unterminated.md:1:1: error:") })
        #expect(lines.contains { $0.hasPrefix("content/invalid.md:2:1: error:") || $0.hasPrefix("content/invalid.md:3:1: error:") })
        #expect(report.incidents.count == 3)
        #expect(site.output("incidents/2024-04-20-disk-full-on-db-01/index.html") != nil)
    }

    @Test func warningsFailOnlyUnderStrict() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("good.md", CheckFixtures.clean)
        try site.add("empty.md", "\n")
        let report = site.build()
        #expect(report.warningCount == 1)
        #expect(!report.failed(strict: false))
        #expect(report.failed(strict: true))
    }

    @Test func missingContentFolderIsAnError() throws {
        var site = try TestSite()
        defer { site.remove() }
        site.config.contentFolder = "nowhere"
        let report = site.build()
        #expect(report.diagnostics.map(\.rule) == ["content-missing"])
        #expect(report.failed(strict: false))
    }

    @Test func refusesToReplaceAFolderHindsightDidNotMake() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("good.md", Self.goodDocument)
        try Fixtures.write("precious", to: site.root + "/public/keep.txt")
        let report = site.build()
        #expect(!report.wroteSite)
        #expect(report.diagnostics.first?.rule == "output-refused")
        #expect(try String(contentsOfFile: site.root + "/public/keep.txt", encoding: .utf8) == "precious")
    }

    /// A build killed between creating its staging folder and marking it leaves it empty.
    @Test func anEmptyUnmarkedStagingFolderIsCleared() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("good.md", Self.goodDocument)
        try FileManager.default.createDirectory(atPath: site.root + "/.public.hindsight-staging", withIntermediateDirectories: true)
        #expect(site.build().wroteSite)
        #expect(!site.exists(".public.hindsight-staging"))
    }

    @Test func aStagingFolderWithSomeoneElsesFilesIsKept() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("good.md", Self.goodDocument)
        try Fixtures.write("precious", to: site.root + "/.public.hindsight-staging/keep.txt")
        let report = site.build()
        #expect(!report.wroteSite)
        #expect(report.diagnostics.first?.rule == "output-refused")
        #expect(site.exists(".public.hindsight-staging/keep.txt"))
    }

    @Test func refusesAnOutputFolderThatContainsTheContent() throws {
        var site = try TestSite()
        defer { site.remove() }
        try site.add("good.md", Self.goodDocument)
        site.config.outputFolder = "."
        let report = site.build()
        #expect(!report.wroteSite)
        #expect(site.exists("content/good.md"))
    }

    @Test func rebuildReplacesItsOwnOutputAndLeavesNoStagingBehind() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("good.md", Self.goodDocument)
        #expect(site.build().wroteSite)
        try site.add("second.md", "# Second outage\n\nOn 2024-06-01 things broke.\n")
        #expect(site.build().wroteSite)
        #expect(site.output("incidents/2024-06-01-second-outage/index.html") != nil)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.root)
        // The cache is expected there; the staging and previous folders are not.
        #expect(siblings.sorted() == [BuildCache.folderName, "content", "public"])
    }

    @Test func aFailedBuildLeavesThePreviousSiteIntact() throws {
        var site = try TestSite()
        defer { site.remove() }
        try site.add("good.md", Self.goodDocument)
        #expect(site.build().wroteSite)
        let before = try site.snapshot()
        try Fixtures.write("{{#broken", to: site.root + "/themes/mine/index.mustache")
        site.config.theme = "mine"
        let report = site.build()
        #expect(!report.wroteSite)
        #expect(report.diagnostics.first?.rule == "theme-template-invalid")
        #expect(try site.snapshot() == before)
    }

    /// The default theme places each row's pre-rendered HTML (`row`); a theme of one's own
    /// may read the row's values instead, on the index and on term pages alike.
    @Test func aThemeCanListIncidentsFromTheRowValues() throws {
        var site = try TestSite()
        defer { site.remove() }
        try site.add("good.md", "---\ntags: [dns]\n---\n# DNS outage\n\nOn 2024-03-01 lookups failed for 40 minutes.\n")
        try Fixtures.write("{{#incidents}}<li>{{title}}|{{url}}|{{date}}|{{#tags}}{{name}}{{/tags}}</li>{{/incidents}}",
                           to: site.root + "/themes/mine/incident-table.mustache")
        site.config.theme = "mine"
        #expect(site.build().wroteSite)
        #expect(site.output("index.html")?.contains("<li>DNS outage|incidents/2024-03-01-dns-outage/|2024-03-01|dns</li>") == true)
        #expect(site.output("tags/dns/index.html")?.contains("<li>DNS outage|../../incidents/2024-03-01-dns-outage/|") == true)
    }

    @Test func outputInsideTheContentFolderIsNotReadAsContent() throws {
        var site = try TestSite()
        defer { site.remove() }
        try site.add("good.md", Self.goodDocument)
        site.config.outputFolder = "content/site"
        #expect(site.build().wroteSite)
        try site.add("site/stray.md", "# Not content\n")
        let report = site.build()
        #expect(report.incidents.map(\.source) == ["good.md"])
    }

    @Test func collidingSlugsGetSuffixes() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("a.md", Self.goodDocument)
        try site.add("b.md", Self.goodDocument)
        try site.add("c.md", "---\ntitle: ../../etc/passwd\nslug: ../../etc/passwd\n---\nx\n")
        let slugs = site.build().incidents.map(\.slug).sorted()
        #expect(slugs == ["2024-04-20-disk-full-on-db-01", "2024-04-20-disk-full-on-db-01-2", "etc-passwd"])
    }

    @Test func localImagesAreCopiedAndRemoteOnesKept() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("post/outage.md", "# Outage\n\n![diagram](diagram.png) ![shared](../shared/logo.png) ![remote](https://example.com/x.png) ![gone](missing.png)\n")
        try site.add("post/diagram.png", "png")
        try site.add("shared/logo.png", "logo")
        let report = site.build()
        let page = try #require(site.output("incidents/outage/index.html"))
        #expect(page.contains("src=\"diagram.png\""))
        #expect(page.contains("src=\"assets/shared/logo.png\""))
        #expect(page.contains("src=\"https://example.com/x.png\""))
        #expect(site.output("incidents/outage/diagram.png") == "png")
        #expect(site.output("incidents/outage/assets/shared/logo.png") == "logo")
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.rule) == ["broken-local-link"])
    }

    @Test func twoBuildsAreByteIdenticalWhateverTheThreadCount() throws {
        var site = try TestSite()
        defer { site.remove() }
        for number in 0..<40 {
            try site.add("doc\(number).md", "# Outage \(number % 7)\n\nOn 2024-0\(number % 9 + 1)-1\(number % 9) it broke, see https://status.example.com/\(number).\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 10:0\(number % 10) | ~~started~~ www.example.com |\n| 11:00 | fixed |\n")
        }
        site.config.jobs = 1
        _ = site.build()
        let serial = try site.snapshot()
        site.config.jobs = 4
        _ = site.build()
        #expect(try site.snapshot() == serial)
    }
}
