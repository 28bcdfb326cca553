import Foundation
import HindsightTemplates
import Testing
@testable import Hindsight
@testable import HindsightCore
@testable import HindsightRender

@Suite struct PublishingTests {
    @Test func atomFeedParsesAndListsTheNewestIncidents() throws {
        let site = try BrowseSite()
        defer { site.remove() }
        let feed = try XMLFeed(site.page("feed.xml"))
        #expect(feed.root == "feed")
        #expect(feed.texts("entry/title") == ["Checkout \"latency\" after the cache migration", "Search outage", "DNS expiry"])
        #expect(feed.texts("feed/updated") == ["2025-03-03T00:00:00Z"], "from the newest incident, not the clock")
        #expect(feed.texts("entry/updated").last == "2024-11-29T00:00:00Z")
        #expect(feed.texts("entry/id").allSatisfy { $0.hasPrefix("urn:hindsight:incident:") })
        #expect(feed.attributes("entry/link", "href").first == site.incident(titled: "Checkout").url + "index.html")
        #expect(feed.texts("author/name").contains("Ada Lovelace"))
    }

    @Test func jsonFeedIsVersionOnePointOneWithTheRightFields() throws {
        let site = try BrowseSite(baseURL: "https://pm.example/archive")
        defer { site.remove() }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(site.page("feed.json").utf8)) as? [String: Any])
        #expect(json["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(json["home_page_url"] as? String == "https://pm.example/archive/")
        #expect(json["feed_url"] as? String == "https://pm.example/archive/feed.json")
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.count == 3)
        let first = items[0]
        let newest = site.incident(titled: "Checkout")
        #expect(first["title"] as? String == newest.title, "quotes survive JSON escaping")
        #expect(first["url"] as? String == "https://pm.example/archive/" + newest.url)
        #expect(first["id"] as? String == "https://pm.example/archive/" + newest.url)
        #expect(first["date_published"] as? String == "2025-03-03T00:00:00Z")
        #expect(first["content_text"] as? String == "Checkout p99 rose to 4 s.")
        #expect((first["authors"] as? [[String: String]]) == [["name": "Ada Lovelace", "url": "https://example.com/ada"]])
        #expect(first["tags"] as? [String] == ["SEV2", "checkout", "redis", "cache"])
    }

    @Test func feedsKeepTheNewestTwentyIncidents() throws {
        let incidents = (1...25).map { day in
            Fixtures.incident("---\ntitle: Incident \(day)\ndate: 2025-01-\(day < 10 ? "0" : "")\(day)\n---\nText.\n", name: "\(day).md")
        }.sorted { $0.date! > $1.date! }
        let context = FeedContext.context(incidents, config: SiteConfig())
        let entries = try #require(context["entries"]?.list)
        #expect(entries.count == FeedContext.entryLimit)
        #expect(entries.first?.object?["title"]?.string == "Incident 25")
    }

    @Test func jsonEscapingKeepsEveryValueInsideItsString() throws {
        let template = try Template("{{% CONTENT_TYPE: JSON}}{{text}}")
        let escaped = template.render(["text": "a \"quoted\" \\ line\nbreak\t\u{1}\u{2028}"])
        let decoded = try? JSONSerialization.jsonObject(with: Data("\"\(escaped)\"".utf8), options: .fragmentsAllowed) as? String
        #expect(decoded == "a \"quoted\" \\ line\nbreak\t\u{1}\u{2028}")
    }

    @Test func sitemapAndRobotsNameAbsoluteURLsOnlyWithABaseURL() throws {
        let plain = try BrowseSite()
        defer { plain.remove() }
        #expect(!plain.exists("sitemap.xml"), "the sitemap protocol needs absolute URLs")
        #expect(plain.page("robots.txt") == "User-agent: *\nAllow: /\n")

        let published = try BrowseSite(baseURL: "https://pm.example/archive/")
        defer { published.remove() }
        #expect(published.page("robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://pm.example/archive/sitemap.xml\n")
        let sitemap = try XMLFeed(published.page("sitemap.xml"))
        #expect(sitemap.root == "urlset")
        let locations = sitemap.texts("url/loc")
        #expect(locations.first == "https://pm.example/archive/")
        #expect(locations.contains("https://pm.example/archive/" + published.incident(titled: "DNS").url))
        #expect(locations.contains("https://pm.example/archive/authors/grace-hopper/"))
        #expect(locations.contains("https://pm.example/archive/follow-ups/"), "the follow-ups page is a page to find too")
        #expect(sitemap.texts("url/lastmod").first == "2025-03-03")
    }

    @Test func canonicalLinksOnlyWithABaseURL() throws {
        let plain = try BrowseSite()
        defer { plain.remove() }
        for page in ["index.html", plain.incident(titled: "DNS").url + "index.html", "tags/cache/index.html", "search.html"] {
            #expect(!plain.page(page).contains("rel=\"canonical\""), "\(page)")
        }
        let published = try BrowseSite(baseURL: "https://pm.example/archive")
        defer { published.remove() }
        let dns = published.incident(titled: "DNS")
        #expect(published.page(dns.url + "index.html").contains("<link rel=\"canonical\" href=\"https://pm.example/archive/\(dns.url)\">"))
        #expect(published.page("index.html").contains("<link rel=\"canonical\" href=\"https://pm.example/archive/\">"))
        #expect(published.page("tags/cache/index.html").contains("href=\"https://pm.example/archive/tags/cache/\""))
        #expect(published.page("index.html").contains("href=\"style.css\""), "links stay relative")
    }

    @Test func notFoundPageLinksFromAnyDepthWhenTheBaseIsKnown() throws {
        let plain = try BrowseSite()
        defer { plain.remove() }
        #expect(plain.page("404.html").contains("href=\"index.html\""))
        let published = try BrowseSite(baseURL: "https://pm.example/archive/")
        defer { published.remove() }
        let page = published.page("404.html")
        #expect(page.contains("<h1>Page not found</h1>"))
        #expect(page.contains("href=\"https://pm.example/archive/style.css\""))
        #expect(page.contains("href=\"https://pm.example/archive/search.html\""))
    }
}
