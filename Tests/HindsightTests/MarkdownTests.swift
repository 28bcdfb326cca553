import Testing
@testable import HindsightCore

@Suite struct MarkdownTests {
    @Test func tableCellsAndHeaderRowAreRecognised() throws {
        let document = MarkdownDocument(parsing: "| Time | Event |\n|---|---|\n| 10:00 | Down |\n")
        let table = try #require(document.root.children.first { $0.kind == .table })
        let rows = Array(table.children)
        #expect(rows.map(\.kind) == [.tableRow(isHeader: true), .tableRow(isHeader: false)])
        #expect(rows[1].children.map(\.plainText) == ["10:00", "Down"])
        #expect(document.html.contains("<table>"))
    }

    @Test func linesAreOneBasedFromTheBodyStart() {
        let document = MarkdownDocument(parsing: "# Title\n\nParagraph\n")
        #expect(document.root.children.map(\.line) == [1, 3])
    }

    @Test func plainTextDropsEmphasisAndKeepsLineBreaks() throws {
        let document = MarkdownDocument(parsing: "**10:00** - *down*\nnext [line](https://x.test)\n")
        let paragraph = try #require(document.root.children.first { _ in true })
        #expect(paragraph.plainText == "10:00 - down\nnext line")
    }

    @Test func rawHTMLAndScriptLinksAreNeutralisedByDefault() {
        let html = MarkdownDocument(parsing: "<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b onclick=\"x()\">b</b>\n").html
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func unsafeModeKeepsHTMLButTagFilterStillDisarmsScript() {
        let html = MarkdownDocument(parsing: "<b>bold</b>\n\n<script>alert(1)</script>\n", allowUnsafeHTML: true).html
        #expect(html.contains("<b>bold</b>"))
        #expect(html.contains("&lt;script>"))
    }

    @Test func destinationsCanBeRewrittenBeforeRendering() {
        let html = MarkdownDocument(parsing: "![d](../img/d.png) [l](https://x.test)\n") { kind, url in
            kind == .image ? "assets/" + url.dropFirst(3) : nil
        }.html
        #expect(html.contains("src=\"assets/img/d.png\""))
        #expect(html.contains("href=\"https://x.test\""))
    }

    @Test func deeplyNestedInputDoesNotExhaustTheStack() {
        let depth = 10_000
        let quotes = MarkdownDocument(parsing: String(repeating: ">", count: depth) + " deep\n")
        #expect(quotes.root.descendants.reduce(0) { count, _ in count + 1 } > 1)
        #expect(quotes.root.plainText.contains("deep"))
        let lists = MarkdownDocument(parsing: (0..<2_000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n"))
        #expect(lists.root.plainText.contains("item"))
    }

    @Test func textSurvivesAsUTF8() {
        let document = MarkdownDocument(parsing: "Ünïcode 🚒 — ok\n")
        #expect(document.root.plainText == "Ünïcode 🚒 — ok")
        #expect(document.html.contains("🚒"))
    }
}

@Suite struct BodyHTMLTests {
    @Test func aFirstHeadingThatRepeatsTheTitleIsLeftOut() {
        let incident = Fixtures.incident("# Disk full on db-01\n\nOn 2024-04-20 it broke.\n\n## Timeline\n")
        #expect(incident.title == "Disk full on db-01")
        #expect(incident.bodyHTML.hasPrefix("<p>On 2024-04-20"))
        #expect(incident.bodyHTML.contains("<h2>Timeline</h2>"))
    }

    @Test func otherFirstHeadingsStay() {
        let incident = Fixtures.incident("---\ntitle: Disk full\n---\n# Summary\n\nThe disk filled up.\n")
        #expect(incident.bodyHTML.hasPrefix("<h1>Summary</h1>"))
    }
}

@Suite struct CodeBlockHTMLTests {
    /// `<pre lang="…">` is not valid HTML; the language goes in the code element's class.
    @Test func codeLanguageIsAClassNotAPreAttribute() {
        let html = MarkdownDocument(parsing: "```bash\nls\n```\n").html
        #expect(html.contains("<pre><code class=\"language-bash\">"))
        #expect(!html.contains("lang="))
    }
}
