/// Reads authors out of one line of text with its links:
/// `By [Prince NZAMUWE](https://github.com/princenzmw) <princenzmw@gmail.com>`,
/// `Author: Jane Doe <jane@example.com>`, `Authors: @alice, @bob`.
enum AuthorLine {
    struct Line {
        var text: String
        /// Links on the line: their text and destination (`mailto:` for e-mail autolinks).
        var links: [(text: String, url: String)]
    }

    private static let labels = ["authors", "author", "author s", "by", "written by", "created by", "posted by", "prepared by"]

    /// Splits a paragraph at its line breaks, keeping each line's links.
    static func lines(of paragraph: MarkdownNode) -> [Line] {
        var lines: [Line] = [Line(text: "", links: [])]
        for node in paragraph.children {
            switch node.kind {
            case .softBreak, .lineBreak:
                lines.append(Line(text: "", links: []))
            case .link:
                lines[lines.count - 1].text += node.plainText
                lines[lines.count - 1].links.append((node.plainText.trimmed, node.url))
            default:
                lines[lines.count - 1].text += node.plainText
            }
        }
        // A credit split over two lines (`By [Name](url)` then `<email>`) is one credit.
        return lines.reduce(into: []) { merged, line in
            if line.text.trimmed.hasPrefix("<") || line.links.allSatisfy({ $0.url.hasPrefix("mailto:") }) && !line.links.isEmpty,
               !merged.isEmpty {
                merged[merged.count - 1].text += " " + line.text
                merged[merged.count - 1].links += line.links
            } else {
                merged.append(line)
            }
        }
    }

    /// - Parameter requireLabel: only accept lines that start with a label such as "By" or
    ///   "Author:" (outside an Authors section, a bare name could be anything).
    static func parse(_ line: Line, requireLabel: Bool) -> [Author]? {
        var text = line.text.trimmed
        let lowered = SectionNames.normalized(String(text.prefix(20)))
        let label = labels.first { lowered == $0 || lowered.hasPrefix($0 + " ") }
        if let label {
            text = String(text.dropFirst(labelLength(label, in: text))).trimmed
            if text.hasPrefix(":") { text = String(text.dropFirst()).trimmed }
        } else if requireLabel {
            return nil
        }
        guard !text.isEmpty, text.count < 200 else { return nil }
        let emails = line.links.filter { $0.url.hasPrefix("mailto:") }.map { String($0.url.dropFirst(7)) }
        let people = line.links.filter { !$0.url.hasPrefix("mailto:") && !$0.text.isEmpty && !$0.text.contains("@") || $0.text.hasPrefix("@") }
        if !people.isEmpty {
            return people.enumerated().map { index, link in
                Author(name: link.text, email: index < emails.count ? emails[index] : nil, url: link.url)
            }
        }
        let names = text.split(separator: ",").flatMap { $0.components(separatedBy: " and ") }
        let authors = names.compactMap { parsePlain($0) }
        guard !authors.isEmpty else { return nil }
        if authors.count == 1, authors[0].email == nil, let email = emails.first {
            return [Author(name: authors[0].name, email: email)]
        }
        return authors
    }

    /// "Jane Doe <jane@example.com>" or "Jane Doe".
    static func parsePlain(_ text: String) -> Author? {
        var name = text.trimmed
        var email: String?
        if let open = name.firstIndex(of: "<"), let close = name[open...].firstIndex(of: ">") {
            let inside = String(name[name.index(after: open)..<close])
            if inside.contains("@") { email = inside.hasPrefix("mailto:") ? String(inside.dropFirst(7)) : inside }
            name = String(name[..<open]).trimmed
        }
        if email == nil, name.contains("@"), !name.hasPrefix("@"), !name.contains(" ") {
            email = name
        }
        name = name.trimmingCharacters(in: ["*", "_", "`", ":", "-", " "])
        guard !name.isEmpty, name.count <= 80, name.split(separator: " ").count <= 6 else { return nil }
        return Author(name: name, email: email)
    }

    private static func labelLength(_ label: String, in text: String) -> Int {
        var remaining = label.split(separator: " ").count
        var index = text.startIndex
        while index < text.endIndex, remaining > 0 {
            while index < text.endIndex, !text[index].isLetter { index = text.index(after: index) }
            while index < text.endIndex, text[index].isLetter || text[index] == "'" { index = text.index(after: index) }
            remaining -= 1
        }
        return text.distance(from: text.startIndex, to: index)
    }
}

private extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
