import Foundation
import Testing
@testable import HindsightCore
@testable import HindsightRender

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
        let pieces = IncidentsJSON.text(entries: entries.map(TextPiece.bytes)).pieces
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
        let part = SearchIndex.Part(name: "2024-03", documents: incidents.map { .bytes(SearchIndex.document($0)) })
        let whole = try encoder.encode(incidents.map(SearchIndex.fieldValues))
        #expect(part.script.pieces.compactMap(\.text).joined() == "window.hindsightSearchParts = window.hindsightSearchParts || {};\n"
            + "window.hindsightSearchParts[\"2024-03\"] = " + String(decoding: whole, as: UTF8.self) + ";\n")

        let index = try encoder.encode(SearchIndexReference(fields: SearchIndex.fields, parts: ["2024-03", "undated"]))
        #expect(SearchIndex.script(parts: [part, SearchIndex.Part(name: "undated", documents: [])])
            == "window.hindsightSearchIndex = " + String(decoding: index, as: UTF8.self) + ";\n")
    }
}

/// The search index as `JSONEncoder` writes it.
private struct SearchIndexReference: Encodable {
    let fields: [String]
    let parts: [String]
}
