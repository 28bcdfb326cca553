import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCore
@testable import HindsightRender

/// `hindsight explain`: every field with its value, where it came from, what else was read
/// and the key that would override it.
@Suite struct ExplainTests {
    static let document = """
        ---
        title: Checkout outage
        duration_minutes: 90
        ---
        # Checkout went down

        On 2024-04-20 checkout failed.

        | Time | Event |
        | --- | --- |
        | 10:35 PM | Deploy of cart |
        | 11:15AM | Users see errors |
        | 12:03AM | Alert fired |
        | 01:00PM | Service restored |
        """

    static func text(_ markdown: String) -> String {
        DocumentExplanation(incident: Fixtures.incident(markdown)).text
    }

    @Test func everyFieldIsExplainedOnceInOrder() {
        let headers = Self.text(Self.document).split(separator: "\n").filter { !$0.hasPrefix(" ") }.map { $0.prefix { $0 != ":" } }
        #expect(headers.map(String.init) == ExtractedField.allCases.map(\.rawValue))
    }

    @Test func aFieldSaysWhereItCameFromWhatElseWasReadAndItsKey() {
        let text = Self.text(Self.document)
        #expect(text.contains("""
            title: Checkout outage
              from: front-matter, line 2: front matter key “title”
              also read: Checkout went down (heading, line 5:
            """))
        #expect(text.contains("""
            duration_minutes: 90
              from: front-matter, line 3: front matter key “duration_minutes”
              override with front matter: duration_minutes

            """))
        #expect(text.contains("""
            time_to_resolve_minutes: 105
              from: timeline, line 12: from “11:15AM Users see errors” to “01:00PM Service restored”
              override with front matter: resolved_at

            """))
        #expect(text.contains("""
            time_to_acknowledge_minutes: none
              override with front matter: acknowledged_at

            """))
    }

    @Test func theTimelineSaysWhichTimesWereReadOtherwiseThanWritten() {
        #expect(Self.text(Self.document).contains("""
            timeline: 4 entries
              from: table, line 9: the rows of a table with a time column
              read “10:35 PM” (line 11) as 10:35 AM: the times were out of order as written (AM and PM mixed up or left out)
              read “12:03AM” (line 13) as 12:03 PM: the times were out of order as written (AM and PM mixed up or left out)
              override with front matter: none, the timeline is read from the body only

            """))
    }

    @Test func aFileIsReadAsTheBuildReadsIt() throws {
        var site = try TestSite()
        defer { site.remove() }
        site.config.timezone = "UTC+2"
        try site.add("2024/doc.md", Self.document)
        let explanation = try DocumentExplanation(path: "2024/doc.md", config: site.config, siteRoot: site.root)
        #expect(explanation.incident.source == "2024/doc.md")
        #expect(explanation.text.contains("start: 2024-04-20T11:15:00+02:00\n"))
        let byPath = try DocumentExplanation(path: "content/2024/doc.md", config: site.config, siteRoot: site.root)
        #expect(byPath.text == explanation.text)
    }

    @Test func aFileThatCannotBeReadIsAnError() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("empty.md", "\n")
        for (path, message) in [("gone.md", "gone.md:1:1: error: no such file [file-unreadable]"),
                                ("empty.md", "content/empty.md:1:1: warning: document is empty; no page was built for it [empty-document]")] {
            #expect {
                try DocumentExplanation(path: path, config: site.config, siteRoot: site.root)
            } throws: { error in
                (error as? Theme.LoadError)?.diagnostic.formatted == message
            }
        }
    }
}

/// `hindsight explain` as a person runs it.
@Suite(.enabled(if: CommandLine.executable != nil, "needs the built hindsight executable"))
struct ExplainCommandTests {
    @Test func explainsOneFileWithTheSiteSettingsAndExitsZero() throws {
        let site = try TestSite()
        defer { site.remove() }
        try Fixtures.write("timezone: UTC-5\n", to: site.root + "/hindsight.yml")
        try site.add("doc.md", ExplainTests.document)
        let result = try CommandLine.run(["explain", "doc.md"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("title: Checkout outage\n  from: front-matter, line 2"))
        #expect(result.stdout.contains("start: 2024-04-20T11:15:00-05:00\n"))
        #expect(result.stderr.isEmpty)
    }

    @Test func aMissingFileExitsOneWithALocatedError() throws {
        let site = try TestSite()
        defer { site.remove() }
        let result = try CommandLine.run(["explain", "--content", "content", "gone.md"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr == "gone.md:1:1: error: no such file [file-unreadable]\n")
        #expect(result.stdout.isEmpty)
    }
}
