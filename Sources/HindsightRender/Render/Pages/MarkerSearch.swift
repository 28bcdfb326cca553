/// Finds a marker (a run of control characters no page text is meant to hold) in rendered
/// text, by its first byte: `String.split` and `replacing` at a string compare Characters,
/// which cost more than rendering the page on a 15 MB index.
enum MarkerSearch {
    /// Where each occurrence of `marker` starts, left to right, never overlapping.
    private static func starts(of marker: String, in text: String) -> [String.Index] {
        var found: [String.Index] = []
        let utf8 = text.utf8
        var searchFrom = utf8.startIndex
        while let start = utf8[searchFrom...].firstIndex(of: marker.utf8.first!) {
            let isMarker = utf8[start...].starts(with: marker.utf8)
            if isMarker { found.append(start) }
            searchFrom = isMarker ? utf8.index(start, offsetBy: marker.utf8.count) : utf8.index(after: start)
        }
        return found
    }

    /// The text split around each occurrence of `marker`: one part more than occurrences.
    static func parts(of text: String, around marker: String) -> [Substring] {
        var parts: [Substring] = []
        var partStart = text.startIndex
        for start in starts(of: marker, in: text) {
            parts.append(text[partStart..<start])
            partStart = text.utf8.index(start, offsetBy: marker.utf8.count)
        }
        parts.append(text[partStart...])
        return parts
    }
}
