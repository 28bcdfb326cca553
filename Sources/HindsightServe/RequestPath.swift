/// A request's path as a file below the served folder, or a refusal: the preview serves
/// the output folder and nothing outside it.
enum RequestPath: Equatable {
    /// Segments below the served folder; empty for the root.
    case file([String])
    /// The path climbs out (`..`), hides an encoded separator or a NUL, or is not a path at all.
    case refused

    /// - Parameter raw: the request target's path as sent, still percent-encoded.
    init(raw: String) {
        guard raw.hasPrefix("/"), let decoded = Self.fullyDecoded(raw) else {
            self = .refused
            return
        }
        // An encoded `/` or `\` would otherwise smuggle a separator inside one segment.
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let isSafe = segments.allSatisfy { segment in
            segment != ".." && !segment.contains("\\") && !segment.contains("\0")
        }
        self = isSafe ? .file(segments.filter { $0 != "." }) : .refused
    }

    /// Decodes until nothing changes, so `%252e%252e` is seen as the `..` it becomes.
    private static func fullyDecoded(_ text: String) -> String? {
        var current = text
        for _ in 0..<4 {
            guard let next = current.removingPercentEncoding else { return nil }
            if next == current { return current }
            current = next
        }
        return nil
    }
}
