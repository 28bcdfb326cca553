import HindsightCore

/// The search index: what the theme's search script searches, loaded with `<script>`
/// elements rather than fetched, so search also works when the site is opened from disk.
///
/// `search-index.js` names the fields and the parts, newest first; each part,
/// `search-index/2025-03.js` (or `undated.js`), holds the documents of the incidents of one
/// month. An edit then rewrites its month's part and not the whole index, which is 44 MB
/// at 10,000 documents. One positional array per incident (names would repeat in every
/// entry), in archive order: page, title, date, summary, the body's text excerpt and the
/// words of the rest of the body.
package enum SearchIndex {
    static let fields = ["url", "title", "date", "summary", "text", "words"]
    static let folder = "search-index"

    /// The incidents of one month, in archive order.
    struct Part: Sendable {
        var name: String
        var documents: [TextPiece]

        var path: String { "\(SearchIndex.folder)/\(name).js" }

        /// Each document between the punctuation, as `incidents.json` is made of its entries.
        var script: PiecewiseText {
            PiecewiseText(head: "window.hindsightSearchParts = window.hindsightSearchParts || {};\n"
                              + "window.hindsightSearchParts[\"\(name)\"] = [",
                          joining: documents, separator: ",", tail: "];\n")
        }
    }

    /// The documents grouped by month, in archive order: newest first, undated last.
    ///
    /// - Parameter parts: each document's part name (`partName(of:)`), in the same order.
    static func parts(documents: [TextPiece], in parts: [String]) -> [Part] {
        var grouped: [Part] = []
        var positions: [String: Int] = [:]
        for (document, name) in zip(documents, parts) {
            if let position = positions[name] {
                grouped[position].documents.append(document)
            } else {
                positions[name] = grouped.count
                grouped.append(Part(name: name, documents: [document]))
            }
        }
        return grouped
    }

    static func partName(of date: CalendarDate?) -> String {
        guard let date else { return "undated" }
        return String(date.description.prefix(7))
    }

    /// `search-index.js`: the fields, and the parts to load, in order.
    static func script(parts: [Part]) -> String {
        "window.hindsightSearchIndex = {\"fields\":\(text(compactArray(fields))),\"parts\":\(text(compactArray(parts.map(\.name))))};\n"
    }

    /// One incident's document as UTF-8, as `search-index-*.js` holds it.
    package static func document(_ incident: Incident) -> [UInt8] {
        compactArray(fieldValues(incident))
    }

    static func fieldValues(_ incident: Incident) -> [String] {
        [incident.url + "index.html", incident.title, incident.date?.description ?? "", incident.summary,
         incident.searchText.excerpt, incident.searchText.laterWords.joined(separator: " ")]
    }

    /// `["a","b"]`, escaped as `incidents.json` is.
    private static func compactArray(_ values: [String]) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.appendJSONString(value)
        }
        bytes.append(UInt8(ascii: "]"))
        return bytes
    }

    private static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
