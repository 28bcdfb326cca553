import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCore
@testable import HindsightRender

/// The cache's hand-written form of an analysis reads back exactly what was written: the
/// outcome it decodes to has the same `Codable` encoding as the original, so a field added
/// to the listing form and forgotten in the codec fails here.
@Suite struct CachedAnalysisCodecTests {
    private static func expectRoundTrip(_ outcome: DocumentAnalyser.Outcome, path: String = "doc.md") throws {
        let cached = CachedAnalysis(stamp: DocumentStamp(relativePath: path, size: 1234, hash: .max), outcome: outcome)
        let decoded = try CachedAnalysis(decoding: cached.encoded()[...])
        #expect(decoded.stamp == cached.stamp, "\(path)")
        #expect(try BinaryEncoder.encode(decoded.outcome) == BinaryEncoder.encode(cached.outcome), "\(path)")
    }

    static let everyListedField = """
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
          - Grace Hopper
        uuid: 0b9f6c1e-1111-2222-3333-444455556666
        url: https://status.example.com/incidents/1
        company: Example
        product: Shop
        categories: [cloud]
        keywords: [redis, cache]
        ---
        ## Summary

        Checkout p99 rose to 4 s. It lasted 47 minutes.

        ![graph](graph.png)
        """

    @Test func everyFieldOfTheListingFormComesBack() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("doc.md", Self.everyListedField)
        try Fixtures.write("png", to: site.root + "/content/graph.png")
        let file = try #require(ContentScanner(root: site.root + "/content", displayRoot: "content").scan().files.first)
        let outcome = DocumentAnalyser(parser: DocumentParser(contentRoot: site.root + "/content")).analyse(file)
        let incident = try #require(outcome.incident)
        #expect(incident.authors.count == 2 && incident.reference.company == "Example" && !incident.assets.isEmpty)
        #expect(incident.date != nil && incident.timelineAnalysis.durationMinutes == 47)
        try Self.expectRoundTrip(outcome)
        try Self.expectRoundTrip(DocumentAnalyser.Outcome(incident: nil, diagnostics: [
            Diagnostic(file: "a.md", line: 3, column: 7, severity: .error, rule: "r", message: "m"),
            Diagnostic(file: "b.md", line: -1, severity: .warning, rule: "", message: "é"),
        ], declaresSlug: true))
    }

    @Test func damagedBytesThrowRatherThanTrap() throws {
        let cached = CachedAnalysis(stamp: DocumentStamp(relativePath: "a.md", size: 1, hash: 2),
                                    outcome: DocumentAnalyser.Outcome(incident: Fixtures.incident(Self.everyListedField), diagnostics: []))
        let bytes = cached.encoded()
        for length in [0, 1, bytes.count / 2, bytes.count - 1] {
            #expect(throws: (any Error).self) { try CachedAnalysis(decoding: bytes.prefix(length)) }
        }
        #expect(throws: (any Error).self) { try CachedAnalysis(decoding: (bytes + [0])[...]) }
        #expect(throws: (any Error).self) { try CachedAnalysis(decoding: [UInt8](repeating: 0xFF, count: 64)[...]) }
    }

    @Test(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus"), arguments: ["holberton", "pro", "icco"])
    func everyCorpusDocumentComesBack(folder: String) throws {
        let root = try #require(Corpus.folder(folder))
        let files = ContentScanner(root: root, displayRoot: folder).scan().files
        let analyser = DocumentAnalyser(parser: DocumentParser(contentRoot: root))
        #expect(!files.isEmpty)
        for file in files {
            try Self.expectRoundTrip(analyser.analyse(file), path: file.relativePath)
        }
    }
}
