import Foundation
import Testing
@testable import HindsightCore
@testable import HindsightRender

@Suite struct SearchIndexTests {
    /// The JSON value a script assigns after `prefix`.
    private func value(of script: String, after prefix: String) throws -> Any {
        #expect(script.hasPrefix(prefix) && script.hasSuffix(";\n"))
        return try JSONSerialization.jsonObject(with: Data(script.dropFirst(prefix.count).dropLast(2).utf8))
    }

    /// The documents of `search-index.js`'s parts, in the order it names them, each as field
    /// name → value.
    private func documents(_ site: BrowseSite) throws -> [[String: String]] {
        let index = try #require(try value(of: site.page("search-index.js"), after: "window.hindsightSearchIndex = ") as? [String: Any])
        let fields = try #require(index["fields"] as? [String])
        let parts = try #require(index["parts"] as? [String])
        let rows = try parts.flatMap { name in
            let script = site.page("search-index/\(name).js")
            let prefix = "window.hindsightSearchParts = window.hindsightSearchParts || {};\nwindow.hindsightSearchParts[\"\(name)\"] = "
            return try #require(try value(of: script, after: prefix) as? [[String]])
        }
        return rows.map { Dictionary(uniqueKeysWithValues: zip(fields, $0)) }
    }

    @Test func eachMonthIsAPartNewestFirstUndatedLast() throws {
        let site = try BrowseSite()
        defer { site.remove() }
        let index = try #require(try value(of: site.page("search-index.js"), after: "window.hindsightSearchIndex = ") as? [String: Any])
        let parts = try #require(index["parts"] as? [String])
        let months = site.report.incidents.map { SearchIndex.partName(of: $0.date) }
        #expect(parts == months.reduce(into: [String]()) { if $1 != $0.last { $0.append($1) } })
        #expect(parts == parts.sorted(by: >) || parts.last == "undated")
        #expect(Set(parts).count == parts.count)
    }

    @Test func indexHoldsTitlesSummariesAndBodyTextNewestFirst() throws {
        let site = try BrowseSite()
        defer { site.remove() }
        let documents = try documents(site)
        #expect(documents.map { $0["title"] ?? "" } == site.report.incidents.map(\.title))
        let newest = try #require(documents.first)
        #expect(newest["url"] == site.incident(titled: "Checkout").url + "index.html")
        #expect(newest["date"] == "2025-03-03")
        #expect(newest["summary"] == "Checkout p99 rose to 4 s.")
        #expect(newest["text"]?.contains("A forgotten zeppelin flag kept the old cluster warm.") == true)
        #expect(newest["text"]?.contains("Migration starts") == true, "table cells are text too")
        #expect(newest["text"]?.contains("<") == false, "plain text, no markup")
        #expect(documents.filter { $0["text"]?.contains("zeppelin") == true }.count == 1)
    }

    @Test func documentsAreGroupedByMonthInArchiveOrder() {
        let parts = SearchIndex.parts(documents: ["a", "b", "c", "d", "e"].map(TextPiece.text),
                                      in: ["2025-03", "2025-03", "2024-12", "2025-03", "undated"])
        #expect(parts.map(\.name) == ["2025-03", "2024-12", "undated"])
        #expect(parts.map { $0.documents.compactMap(\.text) } == [["a", "b", "d"], ["c"], ["e"]])
        #expect(parts.first?.path == "search-index/2025-03.js")
        #expect(SearchIndex.partName(of: CalendarDate(year: 2025, month: 3, day: 9)) == "2025-03")
        #expect(SearchIndex.partName(of: nil) == "undated")
    }

    @Test func blocksDoNotRunTogether() {
        let incident = Fixtures.incident("## Summary\n\nOn Monday\n\n- one\n- two\n\n| a | b |\n|---|---|\n| c | d |\n")
        #expect(incident.searchText.excerpt == "Summary On Monday one two a b c d")
    }

    @Test func longBodiesKeepAnExcerptAndTheDistinctWordsOfTheRest() {
        let filler = Array(repeating: "alpha beta", count: 2_000).joined(separator: " ")
        let text = SearchText(plainText: filler + " Zeppelin, zeppelin; gamma-ray")
        #expect(text.excerpt.count <= SearchText.excerptLimit)
        #expect(text.excerpt.hasPrefix("alpha beta"))
        #expect(!text.excerpt.contains("zeppelin"))
        #expect(Set(text.laterWords) == ["alpha", "beta", "zeppelin", "gamma", "ray"])
        #expect(text.laterWords.suffix(3) == ["zeppelin", "gamma", "ray"], "each word once, in order of appearance")
    }

    @Test func hugeBodiesAreReadOnlyUpToTheLimit() {
        let paragraph = "Filler words for a long report.\n\n"
        let body = String(repeating: paragraph, count: SearchText.readLimit / paragraph.count * 2) + "Zeppelin at the very end."
        let incident = Fixtures.incident("# Huge\n\n" + body)
        #expect(!incident.searchText.laterWords.contains("zeppelin"))
        #expect(incident.searchText.laterWords.count < 10, "the filler's words, each once")
    }

    @Test func everyPageHasASearchBoxAndOnlyTheSearchPageLoadsTheIndex() throws {
        let site = try BrowseSite()
        defer { site.remove() }
        // search.js adds the index as a script (fetch() is refused on file: URLs) on the search page only.
        let script = try #require(ThemeFiles.embeddedDefault.file("search.js")).text
        #expect(script.contains("\"search-index.js\""))
        #expect(site.page("search.html").contains("<script src=\"search.js\" defer></script>"))
        #expect(site.page("search.html").contains("id=\"search-input\""))
        let incident = site.page(site.incident(titled: "DNS").url + "index.html")
        #expect(incident.contains("<input class=\"js-only\" id=\"site-search-input\" type=\"search\""))
        #expect(incident.contains("<a class=\"search-link\" href=\"../../search.html\">Search</a>"))
        #expect(!incident.contains("search-index.js"))
    }
}
