import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCore
@testable import HindsightRender

/// The document `hindsight new` writes, from the default theme's archetype.
struct NewPostmortemTests {
    private let archetype: Archetype

    init() throws {
        archetype = try Archetype(theme: .embeddedDefault)
    }

    @Test func fillsTheFrontMatterWithQuotedValues() throws {
        let postmortem = NewPostmortem(title: #"DB "primary": down \ again"#, date: try #require(CalendarDate(iso8601: "2024-04-20")),
                                       author: "Ada Lovelace <ada@example.com>", severity: "SEV1", services: ["orders, eu", "db"])
        let document = Fixtures.parsed(archetype.render(postmortem))
        let frontMatter = try #require(document.frontMatter)
        #expect(document.diagnostics.isEmpty)
        #expect(frontMatter.text("title") == #"DB "primary": down \ again"#)
        #expect(frontMatter.text("date") == "2024-04-20")
        #expect(frontMatter.text("author") == "Ada Lovelace <ada@example.com>")
        #expect(frontMatter.text("severity") == "SEV1")
        #expect(frontMatter.texts("services") == ["orders, eu", "db"])
    }

    @Test func leavesOutWhatIsNotKnown() throws {
        let text = archetype.render(NewPostmortem(title: "Outage", date: try #require(CalendarDate(iso8601: "2024-04-20"))))
        #expect(!text.contains("author:"))
        #expect(!text.contains("severity:"))
        #expect(!text.contains("services:"))
        #expect(Fixtures.parsed(text).frontMatter?.fields.keys.sorted() == ["date", "title"])
    }

    @Test func hasTheUsualPostmortemShape() throws {
        let incident = Fixtures.incident(archetype.render(NewPostmortem(title: "Outage", date: try #require(CalendarDate(iso8601: "2024-04-20")))))
        #expect(incident.sections.map(\.title) == ["Summary", "Impact", "Timeline", "Root cause", "Resolution", "Action items", "Lessons learned"])
        #expect(incident.tables.last?.header == ["Action", "Owner", "Status"])
        #expect(incident.timeline.count == 3)
    }

    @Test func fileNameIsDateThenSlug() throws {
        let postmortem = NewPostmortem(title: "Orders DB: disk full!", date: try #require(CalendarDate(iso8601: "2024-04-20")))
        #expect(postmortem.fileName == "2024-04-20-orders-db-disk-full.md")
    }

    @Test(arguments: ["2024-4-20", "20-04-2024", "2024-02-30", "yesterday", ""])
    func onlyRealISODatesAreAccepted(text: String) {
        #expect(CalendarDate(iso8601: text) == nil)
    }

    @Test func refusesToOverwrite() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let postmortem = NewPostmortem(title: "Outage", date: try #require(CalendarDate(iso8601: "2024-04-20")))
        let path = try postmortem.write(into: folder + "/content", from: archetype)
        try Fixtures.write("mine", to: path)
        #expect(throws: NewPostmortem.Failure.self) { try postmortem.write(into: folder + "/content", from: archetype) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine")
    }

    @Test func aThemeArchetypeReplacesTheDefault() throws {
        let site = try TestSite()
        defer { site.remove() }
        try Fixtures.write("---\ntitle: {{{title}}}\n---\nOurs.\n", to: site.root + "/themes/ours/archetypes/postmortem.md")
        let ours = try Archetype(theme: ThemeLocator.files(theme: "ours", siteRoot: site.root))
        #expect(ours.render(NewPostmortem(title: "X", date: try #require(CalendarDate(iso8601: "2024-04-20")))) == "---\ntitle: \"X\"\n---\nOurs.\n")
    }

    @Test func archetypesAreNotPublished() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("a.md", CheckFixtures.clean)
        #expect(site.build().wroteSite)
        #expect(site.output("index.html") != nil)
        #expect(site.output(Archetype.relativePath) == nil)
    }
}
