/// `search-index.js`: what the theme's search script searches, loaded with a `<script>`
/// element rather than fetched, so search also works when the site is opened from disk.
/// One positional array per incident (names would repeat in every entry), newest first:
/// page, title, date, summary, the body's text excerpt and the words of the rest of the body.
enum SearchIndex {
    static let fields = ["url", "title", "date", "summary", "text", "words"]

    /// Each incident's `document` between the punctuation, as `incidents.json` is made of
    /// its entries; the bytes are those `JSONEncoder` gave for the whole index (the tests
    /// compare them).
    static func script(documents: [TextPiece]) -> PiecewiseText {
        var pieces: [TextPiece] = [.text("window.hindsightSearchIndex = {\"documents\":[")]
        pieces.reserveCapacity(2 * documents.count + 2)
        for (position, document) in documents.enumerated() {
            pieces += position == 0 ? [document] : [.text(","), document]
        }
        pieces.append(.text("],\"fields\":" + compactArray(fields) + "};\n"))
        return PiecewiseText(pieces)
    }

    static func document(_ incident: Incident) -> String {
        compactArray(fieldValues(incident))
    }

    static func fieldValues(_ incident: Incident) -> [String] {
        [incident.url + "index.html", incident.title, incident.date?.description ?? "", incident.summary,
         incident.searchText.excerpt, incident.searchText.laterWords.joined(separator: " ")]
    }

    /// `["a","b"]`, escaped as `incidents.json` is.
    private static func compactArray(_ values: [String]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.appendJSONString(value)
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }
}
