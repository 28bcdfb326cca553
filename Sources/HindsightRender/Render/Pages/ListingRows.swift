import HindsightCore

/// Where a listing page's table rows go. Templates place `{{{rows}}}`, which renders as a
/// marker; the page's text is split at it and the rows (each incident's `incident-row`,
/// read back from the spill or the cache one at a time) are written in between. Iterating
/// over 10,000 rows in Mustache, and holding the joined page, was most of what a one-file
/// rebuild spent on listings. A theme may still iterate over `incidents` and place each
/// `row`, or lay out the row's values itself.
enum ListingRows {
    /// Control characters that no page text contains.
    static let marker = "\u{1}hindsight:rows\u{1}"

    static func text(_ rendered: [UInt8], rows: [TextPiece]) -> PiecewiseText {
        let parts = MarkerSearch.parts(of: rendered, around: Array(marker.utf8))
        var pieces: [TextPiece] = [.bytes(Array(parts[0]))]
        for part in parts.dropFirst() {
            pieces += rows
            pieces.append(.bytes(Array(part)))
        }
        return PiecewiseText(pieces)
    }
}
