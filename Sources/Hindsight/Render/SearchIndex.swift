import Foundation

/// `search-index.js`: what the theme's search script searches, loaded with a `<script>`
/// element rather than fetched, so search also works when the site is opened from disk.
/// One positional array per incident (names would repeat in every entry), newest first:
/// page, title, date, summary, the body's text excerpt and the words of the rest of the body.
enum SearchIndex {
    static let fields = ["url", "title", "date", "summary", "text", "words"]

    static func script(for incidents: [Incident]) throws -> Data {
        let documents = incidents.map { incident in
            [incident.url + "index.html", incident.title, incident.date?.description ?? "", incident.summary,
             incident.searchText.excerpt, incident.searchText.laterWords.joined(separator: " ")]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = try encoder.encode(Index(fields: fields, documents: documents))
        return Data("window.hindsightSearchIndex = ".utf8) + json + Data(";\n".utf8)
    }

    private struct Index: Encodable {
        let fields: [String]
        let documents: [[String]]
    }
}
