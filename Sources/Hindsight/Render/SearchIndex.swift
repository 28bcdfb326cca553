import Foundation

/// `search-index.js`: what the theme's search script searches, loaded with a `<script>`
/// element rather than fetched, so search also works when the site is opened from disk.
/// One positional array per incident (names would repeat in every entry), newest first:
/// page, title, date, summary, the body's text excerpt and the words of the rest of the body.
enum SearchIndex {
    static let fields = ["url", "title", "date", "summary", "text", "words"]

    /// Each incident's `document` between the punctuation, as `incidents.json` is made of
    /// its entries; the bytes are those of encoding `Index` whole.
    static func script(documents: [TextPiece]) throws -> PiecewiseText {
        var pieces: [TextPiece] = [.text("window.hindsightSearchIndex = {\"documents\":[")]
        pieces.reserveCapacity(2 * documents.count + 2)
        for (position, document) in documents.enumerated() {
            pieces += position == 0 ? [document] : [.text(","), document]
        }
        pieces.append(.text("],\"fields\":" + String(decoding: try encoder.encode(fields), as: UTF8.self) + "};\n"))
        return PiecewiseText(pieces)
    }

    static func document(_ incident: Incident) throws -> Data {
        try encoder.encode(fieldValues(incident))
    }

    static func fieldValues(_ incident: Incident) -> [String] {
        [incident.url + "index.html", incident.title, incident.date?.description ?? "", incident.summary,
         incident.searchText.excerpt, incident.searchText.laterWords.joined(separator: " ")]
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    struct Index: Encodable {
        let fields: [String]
        let documents: [[String]]
    }
}
