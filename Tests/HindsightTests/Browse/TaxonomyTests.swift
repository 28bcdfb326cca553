import Foundation
import Testing
@testable import HindsightRender

@Suite struct TaxonomyTests {
    @Test func everyTermHasAPageListingItsIncidentsNewestFirst() throws {
        let site = try BrowseSite()
        defer { site.remove() }
        let ada = site.page("authors/ada-lovelace/index.html")
        let checkout = try #require(ada.range(of: "Checkout &quot;latency&quot;"))
        let search = try #require(ada.range(of: "Search outage"))
        #expect(checkout.lowerBound < search.lowerBound, "newest first")
        #expect(!ada.contains("DNS expiry"))
        #expect(site.page("years/2024/index.html").contains("DNS expiry"))
        #expect(!site.page("years/2024/index.html").contains("Search outage"))
        #expect(site.page("services/redis/index.html").contains("Checkout"))
        #expect(site.page("tags/redis/index.html").contains("Search outage"))
        #expect(site.page("severities/sev1/index.html").contains("DNS expiry"))
    }

    @Test func namesThatDifferOnlyInCaseShareOnePage() throws {
        let site = try BrowseSite()
        defer { site.remove() }
        let sev2 = site.page("severities/sev2/index.html")
        #expect(sev2.contains("Checkout") && sev2.contains("Search outage"))
        let kinds = site.page("severities/index.html")
        #expect(kinds.components(separatedBy: "href=\"../severities/sev2/index.html\"").count == 2, "one entry for SEV2 and sev2")
        #expect(kinds.contains("<span class=\"term-count\">2</span>"))
    }

    @Test func everyKindHasAnIndexOfItsTermsLinkedFromTheHeader() throws {
        let site = try BrowseSite()
        defer { site.remove() }
        for kind in TaxonomyKind.allCases {
            #expect(site.exists(kind.folder + "/index.html"), "\(kind)")
            #expect(site.page("index.html").contains("href=\"\(kind.folder)/index.html\""), "\(kind)")
        }
        let years = site.page("years/index.html")
        #expect(try #require(years.range(of: "2025")).lowerBound < (try #require(years.range(of: "2024"))).lowerBound)
    }

    @Test func incidentPagesLinkToTheirTerms() throws {
        let site = try BrowseSite()
        defer { site.remove() }
        let page = site.page(site.incident(titled: "Checkout").url + "index.html")
        for link in ["authors/ada-lovelace/", "services/checkout/", "services/redis/", "tags/cache/", "years/2025/", "severities/sev2/"] {
            #expect(page.contains("href=\"../../\(link)index.html\""), "\(link)")
        }
        #expect(page.contains("href=\"https://example.com/ada\""), "the author's own link stays")
    }

    @Test func olderAndNewerLinksFollowTheArchiveOrder() throws {
        let site = try BrowseSite()
        defer { site.remove() }
        let (newest, middle, oldest) = (site.incident(titled: "Checkout"), site.incident(titled: "Search"), site.incident(titled: "DNS"))
        let middlePage = site.page(middle.url + "index.html")
        #expect(middlePage.contains("rel=\"prev\" href=\"../../\(oldest.url)index.html\""))
        #expect(middlePage.contains("rel=\"next\" href=\"../../\(newest.url)index.html\""))
        #expect(!site.page(newest.url + "index.html").contains("rel=\"next\""))
        #expect(!site.page(oldest.url + "index.html").contains("rel=\"prev\""))
    }

    @Test func aLoneIncidentHasNoNeighbourNavigation() throws {
        var site = try TestSite()
        defer { site.remove() }
        site.config.jobs = 1
        try site.add("only.md", "# Only one\n\nText.")
        let report = site.build()
        let page = try #require(site.output(report.incidents[0].url + "index.html"))
        #expect(!page.contains("class=\"neighbours\""))
    }

    @Test func anIncidentIsFiledUnderAtMostFiftyNamesOfAKind() throws {
        var site = try TestSite()
        defer { site.remove() }
        site.config.jobs = 1
        let services = (1...60).map { "svc\($0)" }.joined(separator: ", ")
        try site.add("many.md", "---\ntitle: Many\ndate: 2025-01-01\nservices: [\(services)]\n---\nText.\n")
        _ = site.build()
        #expect(site.output("services/svc50/index.html") != nil)
        #expect(site.output("services/svc51/index.html") == nil)
    }

    @Test func theIndexTableCarriesWhatTheFiltersMatch() throws {
        let site = try BrowseSite()
        defer { site.remove() }
        let index = site.page("index.html")
        #expect(index.contains("data-year=\"2025\" data-severity=\"sev2\" data-term=\"checkout redis cache\" data-author=\"ada-lovelace\""))
        #expect(index.contains("data-term=\"search redis\" data-author=\"grace-hopper ada-lovelace\""))
        #expect(index.contains("<option value=\"redis\">redis</option>"), "a tag named like a service is offered once")
        #expect(index.components(separatedBy: "<option value=\"redis\">").count == 2)
        #expect(index.contains("data-value=\"47\">47 min</td>"), "duration, sortable by minutes")
    }
}
