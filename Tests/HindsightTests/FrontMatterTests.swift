import Testing
@testable import HindsightCore
@testable import HindsightRender

@Suite struct FrontMatterTests {
    @Test func yamlFieldsCarryTheirFileLines() throws {
        let document = Fixtures.parsed("---\ntitle: Disk full\ntags: [db, storage]\n---\n# Body\n")
        let frontMatter = try #require(document.frontMatter)
        #expect(frontMatter.text("title") == "Disk full")
        #expect(frontMatter.texts("tags") == ["db", "storage"])
        #expect(frontMatter.line(of: "tags") == 3)
        #expect(document.bodyFirstLine == 5)
        #expect(document.fileLine(document.markdown.root.children.first { _ in true }!) == 5)
    }

    @Test func invalidYAMLIsAnErrorAtItsLine() throws {
        let document = Fixtures.parsed("---\ntitle: ok\ntags: [unclosed\n---\nBody\n")
        let diagnostic = try #require(document.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.rule == "front-matter-invalid")
        #expect((3...4).contains(diagnostic.line))
        #expect(document.frontMatter == nil)
    }

    @Test func unterminatedFrontMatterIsReportedAndTheTextStillParses() throws {
        let document = Fixtures.parsed("---\ntitle: never closed\n\n# Heading\n")
        #expect(document.diagnostics.map(\.rule) == ["front-matter-unterminated"])
        #expect(document.diagnostics.first?.formatted == "content/doc.md:1:1: error: front matter opened on line 1 is never closed; the document is read without it [front-matter-unterminated]")
        #expect(document.markdown.root.plainText.contains("Heading"))
    }

    @Test func tomlFrontMatterIsRead() throws {
        let document = Fixtures.parsed("+++\ntitle = \"DNS outage\"\ndate = 2023-02-08\ntags = [\"dns\", \"infra\"]\n+++\nBody\n")
        let frontMatter = try #require(document.frontMatter)
        #expect(frontMatter.text("title") == "DNS outage")
        #expect(frontMatter.text("date") == "2023-02-08")
        #expect(frontMatter.texts("tags") == ["dns", "infra"])
        #expect(document.bodyFirstLine == 6)
    }

    @Test func aliasBombIsRejectedQuickly() throws {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let clock = ContinuousClock.now
        let document = Fixtures.parsed("---\ntitle: bomb\n" + yaml + "---\nBody\n")
        #expect(ContinuousClock.now - clock < .seconds(5))
        #expect(document.diagnostics.contains { $0.rule == "front-matter-invalid" && $0.message.contains("alias") })
    }

    @Test func documentWithoutFrontMatterStartsOnLineOne() {
        let document = Fixtures.parsed("# Title\n\n---\n\ntext\n")
        #expect(document.frontMatter == nil)
        #expect(document.bodyFirstLine == 1)
        #expect(document.diagnostics.isEmpty)
    }
}
