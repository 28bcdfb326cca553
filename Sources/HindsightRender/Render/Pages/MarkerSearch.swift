/// Finds a marker (a run of control characters no page text is meant to hold) in rendered
/// UTF-8, by its first byte: a search over a `String` that compares Characters costs more
/// than rendering the page on a 15 MB index.
enum MarkerSearch {
    /// Where each occurrence of `marker` starts, left to right, never overlapping.
    private static func starts(of marker: [UInt8], in bytes: [UInt8]) -> [Int] {
        var found: [Int] = []
        var searchFrom = bytes.startIndex
        while let start = bytes[searchFrom...].firstIndex(of: marker[0]) {
            let isMarker = bytes[start...].starts(with: marker)
            if isMarker { found.append(start) }
            searchFrom = isMarker ? start + marker.count : start + 1
        }
        return found
    }

    /// The bytes split around each occurrence of `marker`: one part more than occurrences.
    static func parts(of bytes: [UInt8], around marker: [UInt8]) -> [ArraySlice<UInt8>] {
        var parts: [ArraySlice<UInt8>] = []
        var partStart = bytes.startIndex
        for start in starts(of: marker, in: bytes) {
            parts.append(bytes[partStart..<start])
            partStart = start + marker.count
        }
        parts.append(bytes[partStart...])
        return parts
    }
}
