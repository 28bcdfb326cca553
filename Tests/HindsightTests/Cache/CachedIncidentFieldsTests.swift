import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCache
@testable import HindsightCore
@testable import HindsightRender

/// Every stored property of `Incident` is either kept by the cache or deliberately left
/// out of it, here, with the reason. A property added to `Incident` and forgotten by the
/// cache would otherwise vanish from incremental listings without a sound; this test lists
/// the properties through `Mirror`, so it sees a new one without being told.
@Suite struct CachedIncidentFieldsTests {
    /// What the cache does not keep, and why: `Incident.forListings` leaves these out, since
    /// only an incident's own page reads them and a page made again analyses its document
    /// again. Everything else must come back from the cache as it went in.
    static let leftOutOfTheCache: [String: String] = [
        "sections": "the page's table of contents and lint rules only",
        "tables": "the page only",
        "timeline": "the page's timeline and chart only",
        "timelineAnalysis": "the page's chart and timeline; the listings keep only its duration and metrics",
        "bodyHTML": "the page only",
        "searchText": "its search-index document, which the listing fragments keep",
        "diagnostics": "the analysis keeps the document's diagnostics beside the incident",
        "evidence": "`hindsight explain` and the page's provenance only",
        "related": "made again at every build from the whole archive's `relatedClues`, which the cache keeps",
        "recurrenceOf": "made again at every build from the whole archive's `relatedClues`, which the cache keeps",
    ]

    /// A postmortem that sets every field the listings read.
    static let document = """
        ---
        title: "Checkout \\"latency\\" — 🚒"
        date: 2025-03-03
        slug: checkout-latency
        severity: SEV2
        services: [checkout, redis]
        tags: [cache, latency]
        authors:
          - name: Ada Lovelace
            email: ada@example.com
            url: https://example.com/ada
        uuid: 0b9f6c1e-1111-2222-3333-444455556666
        url: https://status.example.com/incidents/1
        company: Example
        product: Shop
        categories: [cloud]
        keywords: [redis, cache]
        related: [redis-failover, postmortems/2024-11-checkout.md]
        ---
        ## Summary

        Checkout p99 rose to 4 s while connections queued. It lasted 47 minutes.

        ![graph](graph.png)

        ## Action items

        | Action | Owner | Kind | Status | Due |
        |---|---|---|---|---|
        | Alert on pool wait, see [JIRA-12](https://jira.example.com/JIRA-12) | Priya | detect | In progress | 2025-04-01 |
        """

    /// The incident as the cache stores it and a later build reads it back.
    private static func storedAndReadBack(_ incident: Incident) throws -> Incident {
        let cached = CachedAnalysis(stamp: DocumentStamp(relativePath: incident.source, size: 1, hash: 2),
                                    outcome: DocumentAnalyser.Outcome(incident: incident, diagnostics: []))
        return try #require(try CachedAnalysis(decoding: cached.encoded()[...]).outcome.incident)
    }

    private static func properties(of incident: Incident) -> [(label: String, value: String)] {
        Mirror(reflecting: incident).children.map { ($0.label ?? "?", String(reflecting: $0.value)) }
    }

    @Test func everyPropertyIsStoredOrDeliberatelyLeftOut() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("doc.md", Self.document)
        try Fixtures.write("png", to: site.root + "/content/graph.png")
        let file = try #require(ContentScanner(root: site.root + "/content", displayRoot: "content").scan().files.first)
        let incident = try #require(DocumentAnalyser(parser: DocumentParser(contentRoot: site.root + "/content")).analyse(file).incident)
        let empty = Incident(source: "", slug: "", title: "", date: nil, severity: nil, services: [], tags: [], authors: [],
                             summary: "", sections: [], tables: [], timeline: [], reference: ReferenceFields(), bodyHTML: "",
                             assets: [], diagnostics: [])

        let original = Self.properties(of: incident)
        let listed = Self.properties(of: incident.forListings)
        let readBack = Self.properties(of: try Self.storedAndReadBack(incident))
        let defaults = Dictionary(uniqueKeysWithValues: Self.properties(of: empty))
        #expect(Set(Self.leftOutOfTheCache.keys).isSubset(of: original.map(\.label)), "a property left out no longer exists")

        for (position, property) in original.enumerated() {
            let label = property.label
            // What the cache stores is what the listings read, field for field.
            #expect(readBack[position].value == listed[position].value, "the cache changes `\(label)`")
            guard Self.leftOutOfTheCache[label] == nil else { continue }
            #expect(property.value != defaults[label],
                    "the sample leaves `\(label)` at its default: give `document` a value for it, so that the cache is seen to keep it")
            #expect(readBack[position].value == property.value,
                    "`Incident.\(label)` is neither kept by the cache nor listed in `leftOutOfTheCache`")
        }
    }
}
