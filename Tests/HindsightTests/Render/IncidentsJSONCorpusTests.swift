import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCore
@testable import HindsightRender

/// Every real postmortem's `incidents.json` entry, as the build analyses it (lint findings
/// included), is byte for byte the entry `JSONEncoder` made before `JSONWriter` replaced it.
@Suite(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus"))
struct IncidentsJSONCorpusTests {
    @Test(arguments: ["holberton", "pro", "icco"])
    func everyEntryEqualsJSONEncodersEntry(folder: String) throws {
        let root = try #require(Corpus.folder(folder))
        let files = ContentScanner(root: root, displayRoot: folder).scan().files
        let analyser = DocumentAnalyser(parser: DocumentParser(contentRoot: root))
        let incidents = files.compactMap { analyser.analyse($0).incident }
        #expect(!files.isEmpty && incidents.count == files.count)
        for incident in incidents {
            let entry = String(decoding: IncidentsJSON.entry(incident), as: UTF8.self)
            #expect(entry == (try EncoderIncidentsJSON.entry(incident)), "\(incident.source)")
        }
    }
}
