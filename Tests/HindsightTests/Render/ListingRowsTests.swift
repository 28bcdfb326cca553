import Testing
@testable import Hindsight
@testable import HindsightCore
@testable import HindsightRender

/// A listing page's rows are written where the template placed `{{{rows}}}`, every time it
/// did, and nowhere when it did not.
@Suite struct ListingRowsTests {
    private let rows: [TextPiece] = [.text("<tr>1</tr>"), .text("<tr>2</tr>")]

    private func written(_ rendered: String) -> String {
        ListingRows.text(Array(rendered.utf8), rows: rows).pieces.compactMap(\.text).joined()
    }

    @Test func rowsGoWhereTheMarkerIs() {
        #expect(written("<tbody>\(ListingRows.marker)</tbody>") == "<tbody><tr>1</tr><tr>2</tr></tbody>")
        #expect(written("\(ListingRows.marker)|\(ListingRows.marker)") == "<tr>1</tr><tr>2</tr>|<tr>1</tr><tr>2</tr>")
        #expect(written("<p>no table</p>") == "<p>no table</p>")
        #expect(written("é\(ListingRows.marker)🚒") == "é<tr>1</tr><tr>2</tr>🚒")
    }

    @Test func aStrayControlCharacterIsText() {
        #expect(written("\u{1}a\u{1}\(ListingRows.marker)\u{1}") == "\u{1}a\u{1}<tr>1</tr><tr>2</tr>\u{1}")
    }

    @Test func aThemeOfOneTemplatePlacesThem() throws {
        var site = try TestSite()
        defer { site.remove() }
        try site.add("a.md", "# Alpha outage\n\nOn 2024-03-01 it failed.\n")
        try site.add("b.md", "# Beta outage\n\nOn 2024-03-02 it failed.\n")
        try Fixtures.write("<ol>{{{rows}}}</ol>", to: site.root + "/themes/mine/incident-table.mustache")
        try Fixtures.write("<li>{{title}}</li>", to: site.root + "/themes/mine/incident-row.mustache")
        site.config.theme = "mine"
        #expect(site.build().wroteSite)
        #expect(site.output("index.html")?.contains("<ol><li>Beta outage</li><li>Alpha outage</li></ol>") == true)
    }
}
