import Foundation
import Testing
@testable import Hindsight

@Suite struct SearchIndexTests {
    /// The documents of `search-index.js`, each as field name → value.
    private func documents(_ site: BrowseSite) throws -> [[String: String]] {
        let script = site.page("search-index.js")
        let prefix = "window.hindsightSearchIndex = "
        #expect(script.hasPrefix(prefix) && script.hasSuffix(";\n"))
        let json = String(script.dropFirst(prefix.count).dropLast(2))
        let index = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let fields = try #require(index["fields"] as? [String])
        let rows = try #require(index["documents"] as? [[String]])
        return rows.map { Dictionary(uniqueKeysWithValues: zip(fields, $0)) }
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
        let script = try String(contentsOfFile: ThemeLocator.bundledDefault + "/search.js", encoding: .utf8)
        #expect(script.contains("\"search-index.js\""))
        #expect(site.page("search.html").contains("<script src=\"search.js\" defer></script>"))
        #expect(site.page("search.html").contains("id=\"search-input\""))
        let incident = site.page(site.incident(titled: "DNS").url + "index.html")
        #expect(incident.contains("<input class=\"js-only\" id=\"site-search-input\" type=\"search\""))
        #expect(incident.contains("<a class=\"search-link\" href=\"../../search.html\">Search</a>"))
        #expect(!incident.contains("search-index.js"))
    }
}
