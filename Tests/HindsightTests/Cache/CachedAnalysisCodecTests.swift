import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCache
@testable import HindsightCore
@testable import HindsightRender

/// The cache's form of an analysis (`FieldCoder`) reads back exactly what was written, for
/// every document of the corpus, and damage is a miss.
/// `CachedIncidentFieldsTests` checks that every property of an incident is kept.
@Suite struct CachedAnalysisCodecTests {
    private static func expectRoundTrip(_ outcome: DocumentAnalyser.Outcome, path: String = "doc.md") throws {
        let cached = CachedAnalysis(stamp: DocumentStamp(relativePath: path, size: 1234, hash: .max), outcome: outcome)
        let decoded = try CachedAnalysis(decoding: cached.encoded()[...])
        #expect(decoded.stamp == cached.stamp, "\(path)")
        #expect(try Self.json(decoded.outcome) == Self.json(cached.outcome), "\(path)")
    }

    /// Every field of the outcome, in one comparable text.
    private static func json(_ outcome: DocumentAnalyser.Outcome) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(outcome)
    }

    @Test func anOutcomeWithoutIncidentComesBack() throws {
        try Self.expectRoundTrip(DocumentAnalyser.Outcome(incident: nil, diagnostics: [
            Diagnostic(file: "a.md", line: 3, column: 7, severity: .error, rule: "r", message: "m"),
            Diagnostic(file: "b.md", line: -1, severity: .warning, rule: "", message: "é"),
        ], declaresSlug: true))
    }

    @Test func damagedBytesThrowRatherThanTrap() throws {
        let cached = CachedAnalysis(stamp: DocumentStamp(relativePath: "a.md", size: 1, hash: 2),
                                    outcome: DocumentAnalyser.Outcome(incident: Fixtures.incident(CachedIncidentFieldsTests.document), diagnostics: []))
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
