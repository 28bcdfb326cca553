import Foundation
import Testing
@testable import Hindsight
@testable import HindsightRender

/// `hindsight check` as CI runs it: findings on stdout, exit codes 0, 1 and 2.
@Suite(.enabled(if: CommandLine.executable != nil, "needs the built hindsight executable"))
struct CheckCommandTests {
    @Test func cleanContentExitsZeroAndWritesNothing() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("a.md", CheckFixtures.clean)
        let result = try CommandLine.run(["check"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stdout == "Checked 1 document: 0 warnings, 0 errors\n")
        #expect(!site.exists("public"))
    }

    @Test func warningsPassUnlessStrict() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("a.md", CheckFixtures.clean.replacingOccurrences(of: "author: Ada Lovelace <ada@example.com>\n", with: ""))
        let relaxed = try CommandLine.run(["check"], in: site.root)
        #expect(relaxed.status == 0)
        #expect(relaxed.stdout.hasPrefix("content/a.md:1:1: warning: no author"))
        #expect(try CommandLine.run(["check", "--strict"], in: site.root).status == 1)
    }

    @Test func errorsExitOneSortedByFileAndLine() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("b.md", "---\ntitle: [x\n---\n# B\n")
        try site.add("a.md", CheckFixtures.clean.replacingOccurrences(of: "WAL archiving had", with: "WAL ([log](gone.log)) had"))
        let result = try CommandLine.run(["check", "--content", "content"], in: site.root)
        #expect(result.status == 1)
        let files = result.stdout.split(separator: "\n").dropLast().map { $0.prefix { $0 != ":" } }
        #expect(files == files.sorted())
        #expect(result.stdout.contains("content/a.md:22:1: error: links to gone.log, which does not exist [broken-local-link]"))
        #expect(result.stdout.hasSuffix("2 errors\n"))
    }

    @Test func oneThreadFindsWhatAllCoresFind() throws {
        let site = try TestSite()
        defer { site.remove() }
        for index in 0..<6 {
            try site.add("d\(index).md", index.isMultiple(of: 2) ? CheckFixtures.clean : "---\ntitle: [x\n---\n# B\n")
        }
        let serial = try CommandLine.run(["check", "--jobs", "1"], in: site.root)
        #expect(serial.status == 1)
        #expect(serial.stdout.hasSuffix("3 errors\n"))
        #expect(try CommandLine.run(["check"], in: site.root).stdout == serial.stdout)
    }

    @Test func githubFormatAnnotatesThePullRequest() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("a.md", CheckFixtures.clean.replacingOccurrences(of: "date: 2024-04-20\n", with: ""))
        let result = try CommandLine.run(["check", "--format", "github"], in: site.root)
        #expect(result.stdout.split(separator: "\n").first == "::warning file=content/a.md,line=1,col=1,title=no-date::no date: add `date: YYYY-MM-DD` to the front matter")
    }

    @Test func jsonFormatIsParseable() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("a.md", CheckFixtures.clean.replacingOccurrences(of: "date: 2024-04-20\n", with: ""))
        let result = try CommandLine.run(["check", "--format", "json"], in: site.root)
        let findings = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect(findings?.compactMap { $0["rule"] as? String } == ["no-date"])
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CommandLine.run(["check", "--format", "xml"], in: NSTemporaryDirectory()).status == 2)
        #expect(try CommandLine.run(["check", "--no-such-option"], in: NSTemporaryDirectory()).status == 2)
    }

    @Test func configuredErrorsFailTheBuildToo() throws {
        let site = try TestSite()
        defer { site.remove() }
        try Fixtures.write("rules:\n  no-author: error\n", to: site.root + "/hindsight.yml")
        try site.add("a.md", CheckFixtures.clean.replacingOccurrences(of: "author: Ada Lovelace <ada@example.com>\n", with: ""))
        #expect(try CommandLine.run(["check"], in: site.root).status == 1)
        let build = try CommandLine.run(["build"], in: site.root)
        #expect(build.status == 1)
        #expect(build.stderr.contains("error: no author"))
    }
}
