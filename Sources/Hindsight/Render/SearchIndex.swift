import Foundation

/// `search-index.js`: what the theme's search script searches, loaded with a `<script>`
/// element rather than fetched, so search also works when the site is opened from disk.
/// One positional array per incident (names would repeat in every entry), newest first:
/// page, title, date, summary, the body's text excerpt and the words of the rest of the body.
enum SearchIndex {
    static let fields = ["url", "title", "date", "summary", "text", "words"]

    /// Joined from each incident's `document`, as `incidents.json` is from its entries; the
    /// bytes are those of encoding `Index` whole.
    static func script(documents: [String]) throws -> Data {
        var bytes = Array("window.hindsightSearchIndex = {\"documents\":[".utf8)
        for (position, document) in documents.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += document.utf8
        }
        bytes += "],\"fields\":".utf8
        bytes += try encoder.encode(fields)
        bytes += "};\n".utf8
        return Data(bytes)
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
