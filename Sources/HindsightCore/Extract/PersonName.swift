/// A person's name as credited, possibly with an address: "Jane Doe <jane@example.com>",
/// "Jane Doe", "@handle", "serathius@" (a Google-style user name).
enum PersonName {
    /// Lower-case words that belong inside names ("Ludwig van Beethoven").
    private static let particles: Set<String> = ["van", "von", "de", "der", "da", "di", "du", "del", "la", "le", "bin", "al", "el", "ben"]

    /// - Parameter strict: every word must look like part of a name (capitalized, a handle or
    ///   a particle), for text that might be prose ("By addressing these issues").
    static func parse(_ text: String, strict: Bool = false) -> Author? {
        var name = text.trimmed
        var email: String?
        if let open = name.firstIndex(of: "<"), let close = name[open...].firstIndex(of: ">") {
            let inside = String(name[name.index(after: open)..<close])
            if inside.contains("@") { email = inside.hasPrefix("mailto:") ? String(inside.dropFirst(7)) : inside }
            name = String(name[..<open]).trimmed
        }
        if email == nil, isAddress(name) { email = name }
        name = String(name.trimmingEdges(in: "*_`:- ()"))
        if name.hasSuffix("@"), !name.hasPrefix("@") { name.removeLast() }
        let words = name.split(separator: " ")
        guard !name.isEmpty, name.count <= 80, words.count <= 6, name.contains(where: \.isLetter) else { return nil }
        guard !strict || words.count <= 5 && words.allSatisfy(looksLikeNamePart) else { return nil }
        return Author(name: name, email: email)
    }

    private static func isAddress(_ text: String) -> Bool {
        guard let at = text.firstIndex(of: "@"), at != text.startIndex, !text.contains(" ") else { return false }
        return text[at...].contains(".")
    }

    private static func looksLikeNamePart(_ word: Substring) -> Bool {
        guard let first = word.first else { return false }
        return first.isUppercase || first == "@" || particles.contains(word.lowercased())
    }
}
