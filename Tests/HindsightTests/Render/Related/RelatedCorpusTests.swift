import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCore
@testable import HindsightRender

/// Related incidents over the public archive of 242 outages (`../shared/corpus/icco`).
@Suite(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus"))
struct RelatedCorpusTests {
    private static func archive() throws -> [Incident] {
        var site = try TestSite()
        defer { site.remove() }
        site.config.contentFolder = try #require(Corpus.folder("icco"))
        return SiteBuilder(config: site.config, siteRoot: site.root, useCache: false).build().incidents
    }

    private static func titled(_ prefix: String, in incidents: [Incident]) throws -> Incident {
        try #require(incidents.first { $0.title.hasPrefix(prefix) })
    }

    /// The same failure at two companies finds each other, by the words that name it.
    @Test func theSameFailureElsewhereIsRelated() throws {
        let incidents = try Self.archive()
        let sentry = try Self.titled("Sentry hosted Postgres XID wraparound", in: incidents)
        let mandrill = try Self.titled("Mandrill Postgres XID Wraparound", in: incidents)
        let link = try #require(sentry.related.first { $0.url == mandrill.url })
        #expect(link.why.contains("wraparound") && link.why.contains("xid"))
        #expect(mandrill.related.contains { $0.url == sentry.url })
        let leap = try Self.titled("Linux kernel leap second futex", in: incidents)
        #expect(leap.related.first?.title == "Linux kernel leap second deadlock crash on New Year's 2008-2009")
    }

    @Test func everyListIsShortStableAndNeverTheIncidentItself() throws {
        let incidents = try Self.archive()
        #expect(incidents.allSatisfy { incident in
            incident.related.count <= ArchiveRelations.limit && !incident.related.contains { $0.url == incident.url }
                && incident.related.allSatisfy { !$0.why.isEmpty }
        })
        // Most incidents of a public archive of outages have something like them in it.
        #expect(incidents.filter { !$0.related.isEmpty }.count * 2 > incidents.count)
        var again = incidents, serially = incidents
        _ = ArchiveRelations.relate(&again, contentFolder: "content", jobs: 4)
        _ = ArchiveRelations.relate(&serially, contentFolder: "content", jobs: 1)
        #expect(again.map(\.related) == incidents.map(\.related))
        #expect(serially.map(\.related) == incidents.map(\.related))
    }
}
