import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCore
@testable import HindsightRender

/// Inputs built to break a generator: each one is built with a warning or refused with a
/// `path:line:column` error, quickly, and never costs another document its page.
@Suite struct HostileInputTests {
    /// Generous for a debug build on a loaded 2-core machine: this catches hangs and
    /// quadratic blow-ups. (A release build takes about 3.5 s on the 50 MB document.)
    static let timeLimit = Duration.seconds(120)

    /// Builds `content` beside one good document and checks the good page survives.
    private func buildBesideAGoodDocument(_ prepare: (TestSite) throws -> Void) throws -> BuildReport {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("good.md", BuildTests.goodDocument)
        try prepare(site)
        let clock = ContinuousClock.now
        let report = site.build()
        #expect(ContinuousClock.now - clock < Self.timeLimit)
        #expect(report.wroteSite)
        #expect(site.output("incidents/2024-04-20-disk-full-on-db-01/index.html") != nil)
        return report
    }

    @Test func hugeDocumentBuildsInBoundedTime() throws {
        let paragraph = "At 10:35 PM the disk filled up and every write failed; we rolled back at 11:02 PM.\n\n"
        let timeline = "## Timeline\n\n" + (0..<20_000).map { "- 10:\(String(format: "%02d", $0 % 60)) event \($0)" }.joined(separator: "\n") + "\n\n"
        let body = String(repeating: paragraph, count: 50_000_000 / paragraph.utf8.count / 2) + timeline
            + String(repeating: paragraph, count: 50_000_000 / paragraph.utf8.count / 2)
        let report = try buildBesideAGoodDocument { try $0.add("huge.md", "# Huge\n\n" + body) }
        #expect(report.errorCount == 0)
        #expect(report.incidents.count == 2)
        #expect(report.diagnostics.contains { $0.rule == "document-huge" && $0.file == "content/huge.md" })
    }

    @Test func deepNestingBuilds() throws {
        let quotes = String(repeating: ">", count: 10_000) + " deep quote\n"
        // "- - - item" nests a list in a list on one line: 10,000 levels in 20 KB.
        let lists = String(repeating: "- ", count: 10_000) + "item\n" 
        let report = try buildBesideAGoodDocument {
            try $0.add("quotes.md", "# Quotes\n\n" + quotes)
            try $0.add("lists.md", "# Lists\n\n" + lists)
        }
        #expect(report.incidents.count == 3)
    }

    @Test func enormousTablesBuild() throws {
        let wide = "| " + (0..<5_000).map { "c\($0)" }.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: 5_000) + "\n| " + (0..<5_000).map { "v\($0)" }.joined(separator: " | ") + " |\n"
        let long = "| Time | Event |\n|---|---|\n" + (0..<100_000).map { "| 10:\(String(format: "%02d", $0 % 60)) | row \($0) |" }.joined(separator: "\n") + "\n"
        let report = try buildBesideAGoodDocument {
            try $0.add("wide.md", "# Wide\n\n" + wide)
            try $0.add("long.md", "# Long\n\n" + long)
        }
        #expect(report.incidents.count == 3)
    }

    @Test func megabyteFrontMatterBuilds() throws {
        let frontMatter = "---\ntitle: Big\ntags:\n" + (0..<60_000).map { "  - tag\($0)" }.joined(separator: "\n") + "\n---\nBody\n"
        let report = try buildBesideAGoodDocument { try $0.add("big.md", frontMatter) }
        #expect(report.incidents.contains { $0.title == "Big" })
    }

    @Test func hostileTitlesGiveSafeUniqueSlugs() throws {
        let titles = ["../../etc/passwd", "CON", String(repeating: "🔥", count: 300), "..", "a/b\\c", ""]
        let report = try buildBesideAGoodDocument { site in
            for (index, title) in titles.enumerated() {
                try site.add("t\(index).md", "---\ntitle: \"\(title)\"\n---\nBody\n")
            }
        }
        let slugs = report.incidents.map(\.slug)
        #expect(Set(slugs).count == slugs.count)
        for slug in slugs {
            #expect(!slug.isEmpty && slug.count <= Slug.maximumLength + 4)
            #expect(slug.allSatisfy { $0.isASCII && ($0.isLetter && $0.isLowercase || $0.isNumber || $0 == "-") })
            #expect(!["con", "..", "."].contains(slug))
        }
    }

    @Test func symlinkLoopsAndLinksOutsideAreSkipped() throws {
        let outside = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try Fixtures.write("# Secret\n", to: outside + "/secret.md")
        let report = try buildBesideAGoodDocument { site in
            let content = site.root + "/content"
            try FileManager.default.createSymbolicLink(atPath: content + "/loop", withDestinationPath: content)
            try FileManager.default.createSymbolicLink(atPath: content + "/secret.md", withDestinationPath: outside + "/secret.md")
            try FileManager.default.createSymbolicLink(atPath: content + "/dangling.md", withDestinationPath: content + "/nowhere.md")
        }
        #expect(report.incidents.map(\.source) == ["good.md"])
        #expect(report.diagnostics.contains { $0.file == "content/secret.md" && $0.severity == .warning })
        #expect(report.diagnostics.contains { $0.file == "content/dangling.md" })
    }

    @Test func specialFilesAreRefusedWithoutBlocking() throws {
        let report = try buildBesideAGoodDocument { site in
            #expect(mkfifo(site.root + "/content/pipe.md", 0o644) == 0)
        }
        #expect(report.diagnostics.contains { $0.formatted.hasPrefix("content/pipe.md:1:1: error: not a regular file") })
    }

    @Test func emptyContentFolderBuildsAnEmptySite() throws {
        let site = try TestSite()
        defer { site.remove() }
        let report = site.build()
        #expect(report.wroteSite)
        #expect(report.incidents.isEmpty)
        #expect(site.output("index.html") != nil)
        #expect(site.output("incidents.json")?.contains("\"incidents\" : [\n\n  ]") == true || site.output("incidents.json")?.contains("\"incidents\" : [") == true)
    }
}
