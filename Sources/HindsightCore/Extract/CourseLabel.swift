/// Recognises the labels that courses and templates put on top of a postmortem instead of a
/// title: "0x19. Postmortem", "Postmortem Report", "MY FIRST POSTMORTEM", "Post Mortem",
/// "Posmortem", "README". They are a title only when nothing names the incident.
enum CourseLabel {
    private static let genericWords: Set<String> = [
        "postmortem", "post", "mortem", "posmortem", "postmortems", "readme", "report", "project", "incident",
        "my", "first", "a", "the", "task", "of", "overview",
    ]
    private static let markers: Set<String> = ["postmortem", "mortem", "posmortem", "postmortems", "readme"]

    static func matches(_ text: String) -> Bool {
        var words = SectionNames.words(text)
        // "0x19. Postmortem": the course's project number.
        if let first = words.first, first.hasPrefix("0x") { words.removeFirst() }
        return !words.isEmpty && words.allSatisfy(genericWords.contains) && words.contains(where: markers.contains)
    }

    /// "Postmortem Report: The Great Cache Apocalypse" starts with a course label.
    static func isPrefix(of text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        return matches(String(text[..<colon]))
    }
}
