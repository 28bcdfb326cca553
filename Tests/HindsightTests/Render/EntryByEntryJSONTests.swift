import Foundation
import Testing
@testable import Hindsight

/// `incidents.json` and the search index are written one incident at a time to keep memory
/// flat; their bytes must be exactly what encoding the whole value at once gives.
@Suite struct EntryByEntryJSONTests {
    @Test(arguments: [0, 1, 3])
    func entryByEntryEncodingEqualsWholeEncoding(count: Int) throws {
        let documents = [
            "# Database failover\n\nDate: 2024-03-01\n\n| Time | Event |\n|---|---|\n| 10:00 | \"Alerts\" fired\\ at <db> |\n| 10:30 | Resolved |\n",
            "---\ntitle: Cache stampede\ntags: [cache, \"a/b\"]\n---\nBy [Ana](https://example.com) <ana@example.com>\n\nMultiline\ntext with émoji 🔥.\n",
            "# Empty timeline\n\nNothing happened.\n",
        ]
        let incidents = documents.prefix(count).enumerated().map { Fixtures.incident($1, name: "doc\($0).md") }
        let whole = try EncoderIncidentsJSON.encoder.encode(EncoderIncidentsJSON(incidents: Array(incidents)))
        let entries = incidents.map(IncidentsJSON.entry)
        let pieces = IncidentsJSON.text(entries: entries.map(TextPiece.text)).pieces
        #expect(pieces.compactMap(\.text).joined() == String(decoding: whole, as: UTF8.self))
    }
}

extension EntryByEntryJSONTests {
    @Test(arguments: [0, 2])
    func searchIndexEncodedByDocumentEqualsWholeEncoding(count: Int) throws {
        let incidents = (0..<count).map {
            Fixtures.incident("# Outage \($0) \"quoted\" a/b\\c\n\nThe </script> cache\tfell over \u{1} 🔥 \u{2028}.\n", name: "d\($0).md")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let whole = try encoder.encode(SearchIndexReference(fields: SearchIndex.fields, documents: incidents.map(SearchIndex.fieldValues)))
        let documents = incidents.map(SearchIndex.document)
        let script = SearchIndex.script(documents: documents.map(TextPiece.text)).pieces.compactMap(\.text).joined()
        #expect(script == "window.hindsightSearchIndex = " + String(decoding: whole, as: UTF8.self) + ";\n")
    }
}

/// The search index as `JSONEncoder` wrote it whole, before it was written document by document.
private struct SearchIndexReference: Encodable {
    let fields: [String]
    let documents: [[String]]
}
