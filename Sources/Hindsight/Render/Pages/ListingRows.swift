/// Where a listing page's table rows go. Templates place `{{{rows}}}`, which renders as a
/// marker; the page's text is split at it and the rows (each incident's `incident-row`,
/// read back from the spill or the cache one at a time) are written in between. Iterating
/// over 10,000 rows in Mustache, and holding the joined page, was most of what a one-file
/// rebuild spent on listings. A theme may still iterate over `incidents` and place each
/// `row`, or lay out the row's values itself.
enum ListingRows {
    /// Control characters that no page text contains.
    static let marker = "\u{1}hindsight:rows\u{1}"

    static func text(_ rendered: String, rows: [TextPiece]) -> PiecewiseText {
        var pieces: [TextPiece] = []
        var partStart = rendered.startIndex
        for markerStart in markers(in: rendered) {
            pieces.append(.text(String(rendered[partStart..<markerStart])))
            pieces += rows
            partStart = rendered.utf8.index(markerStart, offsetBy: marker.utf8.count)
        }
        pieces.append(.text(String(rendered[partStart...])))
        return PiecewiseText(pieces)
    }

    /// Where each marker starts, found by its first byte: `String.split` at a string compares
    /// characters, which cost more than rendering the page on a 15 MB index.
    private static func markers(in rendered: String) -> [String.Index] {
        var found: [String.Index] = []
        let utf8 = rendered.utf8
        var searchFrom = utf8.startIndex
        while let start = utf8[searchFrom...].firstIndex(of: marker.utf8.first!) {
            let isMarker = utf8[start...].starts(with: marker.utf8)
            if isMarker { found.append(start) }
            searchFrom = isMarker ? utf8.index(start, offsetBy: marker.utf8.count) : utf8.index(after: start)
        }
        return found
    }
}
