import Testing
@testable import HindsightCore
@testable import HindsightRender

/// "Has this happened before?": which incidents are related, in which order, and why.
@Suite struct ArchiveRelationsTests {
    @Test func incidentsOfTheSameServiceAndWordsAreRelatedWithWhy() throws {
        let archive = RelatedFixtures.related(RelatedFixtures.archive).incidents
        let first = try #require(RelatedFixtures.named("pool-1", in: archive))
        #expect(first.related.map(\.url) == ["incidents/pool-2/"])
        let why = try #require(first.related.first?.why)
        #expect(why.hasPrefix("same service: checkout-api · shared: "))
        #expect(why.contains("connection pool"))
        // "pool" alone is not repeated beside "connection pool".
        #expect(!why.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == "pool" })
        #expect(RelatedFixtures.named("pool-2", in: archive)?.related.map(\.url) == ["incidents/pool-1/"])
    }

    /// A tag that is also a word both write is one reason, not two.
    @Test func aTagThatIsAlsoASharedWordIsShownOnce() throws {
        let leaks = ["2024-03-01", "2024-04-01"].enumerated().map { index, date in
            RelatedFixtures.document("leak-\(index)", title: "Memory leak in the image resizer", date: date, tags: ["memory leak"],
                                     summary: "A memory leak in the resizer workers grew until the kernel killed them.")
        }
        let archive = RelatedFixtures.related(leaks + RelatedFixtures.others).incidents
        let why = try #require(RelatedFixtures.named("leak-0", in: archive)?.related.first { $0.url == "incidents/leak-1/" }?.why)
        let shown = why.replacingOccurrences(of: "shared: ", with: "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(shown.filter { $0 == "memory leak" }.count == 1, "\(why)")
    }

    /// Better no link than noise: incidents that share nothing but words of any postmortem
    /// have no related incidents.
    @Test func unrelatedIncidentsListNone() {
        let archive = RelatedFixtures.related(RelatedFixtures.archive).incidents
        #expect(RelatedFixtures.named("dns", in: archive)?.related == [])
        #expect(RelatedFixtures.named("cert", in: archive)?.related == [])
    }

    @Test func namedIncidentsComeFirstAndOnBothPages() throws {
        var incidents = RelatedFixtures.archive
        incidents.append(RelatedFixtures.document(
            "pool-3", title: "Checkout pool exhaustion after the deploy", date: "2024-03-01", services: ["checkout-api"],
            related: ["cert.md", "../dns/", "https://example.com/incidents/cert/index.html"],
            summary: "The connection pool to Postgres was exhausted after a deploy; pgbouncer queued clients."))
        let archive = RelatedFixtures.related(incidents).incidents
        let third = try #require(RelatedFixtures.named("pool-3", in: archive))
        // Named, in the order written, repetitions dropped; then the similar ones.
        #expect(third.related.map(\.url).prefix(2) == ["incidents/cert/", "incidents/dns/"])
        #expect(third.related.first?.why == "named as related")
        #expect(third.related.map(\.url).dropFirst(2).first == "incidents/pool-1/")
        let cert = try #require(RelatedFixtures.named("cert", in: archive))
        #expect(cert.related.first?.url == "incidents/pool-3/")
        #expect(cert.related.first?.why == "names this incident as related")
    }

    @Test func anUnknownNameIsAWarningAtTheRelatedLine() throws {
        let incidents = RelatedFixtures.archive + [RelatedFixtures.document(
            "lonely", title: "Queue backlog", date: "2024-04-01", related: ["pool-1", "no-such-incident"],
            summary: "The billing queue backed up for an hour.")]
        let (archive, diagnostics) = RelatedFixtures.related(incidents)
        let warning = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(warning.rule == "related-unknown" && warning.severity == .warning)
        #expect(warning.file == "content/lonely.md" && warning.line == 5)
        #expect(warning.message.contains("“no-such-incident”"))
        #expect(RelatedFixtures.named("lonely", in: archive)?.related.map(\.url) == ["incidents/pool-1/"])
        #expect(ArchiveRelations.diagnostics(archive, contentFolder: "content") == diagnostics)
    }

    /// Ten incidents all alike: five are shown, the most similar first, ties to the newer.
    @Test func atMostFiveAreShownInAStableOrder() throws {
        let alike = (1...10).map { day in
            RelatedFixtures.document("pool-\(day)", title: "Connection pool exhausted", date: "2024-05-\(day < 10 ? "0" : "")\(day)",
                                     services: ["checkout-api"],
                                     summary: "The connection pool to Postgres was exhausted; pgbouncer queued clients.")
        }
        let archive = RelatedFixtures.related(alike + RelatedFixtures.others).incidents
        let first = try #require(RelatedFixtures.named("pool-1", in: archive))
        #expect(first.related.map(\.url) == (6...10).reversed().map { "incidents/pool-\($0)/" })
        #expect(RelatedFixtures.related(alike + RelatedFixtures.others, jobs: 4).incidents.map(\.related) == archive.map(\.related))
    }

    /// A hostile document naming thousands of incidents and tags relates in linear time.
    @Test func thousandsOfNamesAndTagsAreReadOnce() {
        var hostile = RelatedFixtures.document("hostile", title: "Many names", date: "2024-06-01", summary: "Names everything.")
        hostile.relatedClues.named = (0..<20_000).map { "pool-\($0 % 3)" } + (0..<20_000).map { "missing-\($0)" }
        hostile.tags = (0..<20_000).map { "tag\($0 % 7_000)" }
        let (archive, diagnostics) = RelatedFixtures.related(RelatedFixtures.archive + [hostile])
        // One warning per unknown name.
        #expect(diagnostics.count == 20_000 + 1)
        #expect(RelatedFixtures.named("hostile", in: archive)?.related.map(\.url).prefix(2) == ["incidents/pool-1/", "incidents/pool-2/"])
    }

    /// One word in common, however rare, is chance: two things (or a service) are needed.
    @Test func oneSharedWordIsNotEnough() {
        let archive = RelatedFixtures.related([
            RelatedFixtures.document("quorum", title: "Zookeeper quorum lost", date: "2024-05-01",
                                     summary: "Zookeeper lost its quorum."),
            RelatedFixtures.document("ensemble", title: "Zookeeper ensemble upgrade", date: "2024-05-09",
                                     summary: "The ensemble upgrade stalled."),
            RelatedFixtures.document("quorum-again", title: "Zookeeper quorum lost again", date: "2024-06-01",
                                     summary: "Zookeeper lost its quorum once more."),
        ] + RelatedFixtures.others).incidents
        #expect(RelatedFixtures.named("ensemble", in: archive)?.related == [])
        #expect(RelatedFixtures.named("quorum", in: archive)?.related.map(\.url) == ["incidents/quorum-again/"])
    }

    /// Two incidents of the same country or written in the same time zone are not alike for it.
    @Test func placesAndZonesRelateNothing() {
        let archive = RelatedFixtures.related([
            RelatedFixtures.document("sms", title: "High filtering on SMS towards AT&T network in United States", date: "2024-05-01",
                                     summary: "Messages to the United States were filtered."),
            RelatedFixtures.document("healthcare", title: "Healthcare.gov: enrollment down in the United States", date: "2024-05-09",
                                     summary: "Enrollment in United States states stalled."),
            RelatedFixtures.document("eat", title: "Start: August 15, 2024, 10:00 AM EAT End: August 15, 2024, 12:30 PM EAT",
                                     date: "2024-08-15", summary: "Started 10:00 AM EAT, ended 12:30 PM EAT."),
            RelatedFixtures.document("widespread", title: "Postmortem Report: Widespread 503 Error Outage", date: "2024-08-20",
                                     summary: "From start to end, 503 errors (EAT)."),
        ] + RelatedFixtures.others).incidents
        #expect(archive.allSatisfy { $0.related.isEmpty })
    }
}
