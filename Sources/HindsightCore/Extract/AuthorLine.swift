import Foundation

/// Reads authors out of one line of text with its links:
/// `By [Prince NZAMUWE](https://github.com/princenzmw) <princenzmw@gmail.com>`,
/// `Author: Jane Doe <jane@example.com>`, `Authors: @alice, @bob`.
enum AuthorLine {
    /// Splits a paragraph at its line breaks, keeping each line's links. A credit split over
    /// two lines (`By [Name](url)` then `<email>`) is one line.
    static func lines(of paragraph: MarkdownNode) -> [TextLine] {
        TextLine.lines(of: paragraph).reduce(into: []) { merged, line in
            let isAddressOnly = line.trimmed.hasPrefix("<") || !line.links.isEmpty && line.links.allSatisfy(isMail) && line.isDecoration
            if isAddressOnly, !merged.isEmpty {
                merged[merged.count - 1].text += " " + line.text
                merged[merged.count - 1].links += line.links
            } else {
                merged.append(line)
            }
        }
    }

    /// The authors a labelled line credits ("Author: …", "By …"); nil when it is no credit.
    static func credited(_ line: TextLine) -> [Author]? {
        guard let label = CreditLabel(line.text) else { return nil }
        let found = authors(in: label.value, links: line.links, isPlural: label.isPlural, needsNameCheck: label.needsNameCheck)
        return found.isEmpty ? nil : found
    }

    /// The authors a line of an "Authors" section or table cell names, without a label:
    /// `Name: Jane Doe` is Jane Doe, and so is `Jane Doe: Cohort 14 - Bogotá` (her affiliation).
    static func listed(_ line: TextLine, isOnePerson: Bool = false) -> [Author] {
        authors(in: withoutAffiliation(line.text), links: line.links, isPlural: !isOnePerson, needsNameCheck: false)
    }

    private static func withoutAffiliation(_ text: String) -> String {
        guard let colon = text.firstIndex(of: ":"), !text[..<colon].contains("/") else { return text }
        let before = text[..<colon].trimmed, after = text[text.index(after: colon)...].trimmed
        if ["name", "names"].contains(before.lowercased()) { return after }
        return PersonName.parse(before, strict: true) != nil && !after.contains("@") ? before : text
    }

    private static func authors(in value: String, links: [TextLine.Link], isPlural: Bool, needsNameCheck: Bool) -> [Author] {
        guard !value.isEmpty, value.count < 200 else { return [] }
        let emails = links.filter(isMail).map { String($0.url.dropFirst("mailto:".count)) }
        let people = links.filter { !isMail($0) && !$0.text.isEmpty && (!$0.text.contains("@") || $0.text.hasPrefix("@")) }
        if !people.isEmpty {
            return people.enumerated().map { index, link in
                Author(name: link.text, email: index < emails.count ? emails[index] : nil, url: link.url)
            }
        }
        // An autolinked address (`<jane@example.com>`) is in the text without its brackets.
        let text = emails.reduce(value) { $0.replacingOccurrences(of: $1, with: "") }
        let authors = names(in: text, isPlural: isPlural).compactMap { PersonName.parse($0, strict: needsNameCheck) }
        if authors.count == 1, authors[0].email == nil, let email = emails.first {
            return [Author(name: authors[0].name, email: email)]
        }
        // An address alone names its owner by its local part: `yavlasov@google.com`.
        if authors.isEmpty, emails.count == 1, let email = emails.first, let at = email.firstIndex(of: "@") {
            return [Author(name: String(email[..<at]), email: email)]
        }
        return authors
    }

    /// "A, B and C" for a list of people; "Jane Doe, Incident Manager" for one person with a role.
    private static func names(in text: String, isPlural: Bool) -> [String] {
        let people = isPlural ? text.split(separator: ",").map(String.init) : [String(text.prefix { $0 != "," })]
        return people.map(withoutTrailingAffiliation).flatMap { person in
            let parts = person.components(separatedBy: " and ").flatMap { $0.components(separatedBy: " & ") }
            let words = person.split(whereSeparator: \.isWhitespace)
            // "@alice @bob": handles separated by spaces only.
            return words.count > 1 && words.allSatisfy { $0.hasPrefix("@") } ? words.map(String.init) : parts
        }
    }

    /// "Maria Lopez - Cohort 14 - Bogotá", "Jane Doe | SRE": a name, then where its owner
    /// studies or works.
    private static func withoutTrailingAffiliation(_ person: String) -> String {
        // "Jane Doe (SRE)", "@lchen (Platform)": a note in brackets after the name.
        if let open = person.range(of: " ("), person.trimmed.hasSuffix(")") {
            let name = person[..<open.lowerBound].trimmed
            if name.hasPrefix("@") || PersonName.parse(name, strict: true) != nil { return name }
        }
        for separator in [" - ", " – ", " — ", " | "] {
            guard let range = person.range(of: separator) else { continue }
            let name = person[..<range.lowerBound].trimmed
            if PersonName.parse(name, strict: true) != nil { return name }
        }
        return person
    }

    /// The address and page of a contact line under an author (`Address: jane@example.com`,
    /// `GitHub: https://github.com/jane`): about the author above it, not another author.
    /// Nil when the line has no such label.
    static func contact(_ line: TextLine) -> (email: String?, url: String?)? {
        guard let colon = line.text.firstIndex(of: ":"),
              contactLabels.contains(line.text[..<colon].trimmed.lowercased().filter { $0 != "*" && $0 != "_" })
        else { return nil }
        let value = line.text[line.text.index(after: colon)...].trimmed
        let email = line.links.first(where: isMail).map { String($0.url.dropFirst("mailto:".count)) }
            ?? (value.contains("@") && !value.contains(" ") && !value.hasPrefix("@") ? value : nil)
        let url = line.links.first { !isMail($0) }?.url ?? (value.hasPrefix("http") ? value : nil)
        return (email, url)
    }

    private static let contactLabels: Set<String> = [
        "address", "email", "e-mail", "mail", "contact", "github", "gitlab", "linkedin", "twitter", "website", "url", "web",
    ]

    private static func isMail(_ link: TextLine.Link) -> Bool { link.url.hasPrefix("mailto:") }
}
