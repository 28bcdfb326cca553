import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCore

/// Related incidents and recurrences in a built site: on the incident's page, on the
/// index, in `incidents.json`, kept right by incremental builds, and checked by `check`.
@Suite struct RelatedPagesTests {
    private static func postmortem(_ title: String, date: String, services: [String] = [], related: [String] = [],
                                   summary: String, rootCause: String = "") -> String {
        var text = "---\ntitle: \"\(title)\"\ndate: \(date)\n"
        if !services.isEmpty { text += "services: [\(services.joined(separator: ", "))]\n" }
        if !related.isEmpty { text += "related: [\(related.joined(separator: ", "))]\n" }
        return text + "---\n\n\(summary)\n\n## Root cause\n\n\(rootCause)\n"
    }

    /// Two pool exhaustions of checkout-api six weeks apart, and incidents about other things.
    private static func site() throws -> TestSite {
        let site = try TestSite()
        try site.add("pool-1.md", postmortem(
            "Checkout errors from connection pool exhaustion", date: "2024-01-10", services: ["checkout-api"],
            summary: "Checkout requests failed because the connection pool to Postgres was exhausted.",
            rootCause: "A slow query held connections; pgbouncer queued clients until the pool ran dry."))
        try site.add("pool-2.md", postmortem(
            "Checkout latency: connection pool exhausted again", date: "2024-02-20", services: ["checkout-api"],
            summary: "The connection pool to Postgres was exhausted during the sale; checkout timed out.",
            rootCause: "Long transactions kept pgbouncer connections busy, and the pool ran dry."))
        for (index, other) in RelatedFixtures.others.enumerated() {
            try site.add(other.slug + ".md", postmortem(other.title, date: "2022-0\(index + 1)-15", summary: other.summary))
        }
        return site
    }

    @Test func theIncidentPageListsRelatedIncidentsAndItsRecurrence() throws {
        let site = try Self.site()
        defer { site.remove() }
        #expect(site.build().diagnostics.allSatisfy { $0.severity == .warning })
        let page = try #require(site.output("incidents/2024-02-20-checkout-latency-connection-pool-exhausted-again/index.html"))
        let earlier = "../../incidents/2024-01-10-checkout-errors-from-connection-pool-exhaustion/index.html"
        #expect(page.contains("<h2 id=\"related-heading\">Related incidents</h2>"))
        #expect(page.contains("<li><a href=\"\(earlier)\">Checkout errors from connection pool exhaustion</a> <span class=\"related-why\">same service: checkout-api · shared: "))
        #expect(page.contains("<p class=\"recurrence-note\"><span class=\"recurrence\">recurrence</span> This looks like <a href=\"\(earlier)\">"))
        let index = try #require(site.output("index.html"))
        #expect(index.components(separatedBy: "class=\"recurrence\"").count == 2)
        #expect(index.contains("<a class=\"recurrence\" href=\"incidents/2024-01-10-checkout-errors-from-connection-pool-exhaustion/index.html\""))
    }

    @Test func incidentsJSONCarriesRelatedAndRecurrence() throws {
        let site = try Self.site()
        defer { site.remove() }
        _ = site.build()
        let json = try JSONSerialization.jsonObject(with: Data(try #require(site.output("incidents.json")).utf8)) as? [String: Any]
        let incidents = try #require(json?["incidents"] as? [[String: Any]])
        let second = try #require(incidents.first { ($0["slug"] as? String)?.hasPrefix("2024-02-20") == true })
        let related = try #require(second["related"] as? [[String: Any]])
        #expect(related.map { $0["url"] as? String } == ["incidents/2024-01-10-checkout-errors-from-connection-pool-exhaustion/"])
        #expect((related.first?["why"] as? String)?.hasPrefix("same service: checkout-api") == true)
        #expect((second["recurrence_of"] as? [String: Any])?["url"] as? String == related.first?["url"] as? String)
        #expect(incidents.filter { $0["recurrence_of"] is NSNull }.count == incidents.count - 1)
    }

    /// Relations depend on the whole archive: a new document changes another's page, its
    /// index row and its `incidents.json` entry, which an incremental build must remake.
    @Test func anIncrementalBuildRemakesWhatANewRelationChanges() throws {
        let site = try Self.site()
        defer { site.remove() }
        _ = site.build()
        try site.add("pool-3.md", Self.postmortem(
            "Connection pool exhausted by a retry storm", date: "2024-03-02", services: ["checkout-api"],
            summary: "Retries from the app exhausted the connection pool to Postgres and pgbouncer queued clients."))
        #expect(!site.build().upToDate)
        #expect(try site.snapshot() == site.coldSnapshot())
        let first = try #require(site.output("incidents/2024-01-10-checkout-errors-from-connection-pool-exhaustion/index.html"))
        #expect(first.contains("Connection pool exhausted by a retry storm"))

        try site.add("pool-3.md", Self.postmortem("Search index rebuild stalled", date: "2024-03-02",
                                                   summary: "Elasticsearch shards stayed unassigned for an hour."))
        #expect(!site.build().upToDate)
        #expect(try site.snapshot() == site.coldSnapshot())
        #expect(site.output("incidents/2024-01-10-checkout-errors-from-connection-pool-exhaustion/index.html")?
            .contains("retry storm") == false)
    }

    @Test func checkWarnsAboutARelatedEntryThatNamesNoIncident() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.add("named.md", Self.postmortem("Disk alarm", date: "2024-04-01", related: ["pool-1", "pool-9"],
                                                 summary: "The disk alarm fired on the database host."))
        let findings = site.check().diagnostics.filter { $0.rule == "related-unknown" }
        #expect(findings.map(\.formatted) == ["content/named.md:4:1: warning: `related:` names “pool-9”, which is no incident's slug, file or page [related-unknown]"])
        #expect(site.build().diagnostics.filter { $0.rule == "related-unknown" } == findings)
    }
}
