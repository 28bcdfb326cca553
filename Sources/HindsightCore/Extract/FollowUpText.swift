import Foundation

/// The text of one follow-up as written, read for what it says besides the action: its
/// bullet or number, a checkbox, a status marker (`TODO:`, `**DONE**`, `(Done as of …)`),
/// an owner (`(owner: X)`, `OWNER: amirh@`, `@name`, `[Team] …`), a tracker link and a due
/// date. What feeds another field is taken out of the text; the rest is kept as written.
struct FollowUpText {
    var text: String
    var status: FollowUp.Status?
    var owner: String?
    var link: String?
    var due: CalendarDate?

    init(_ written: String, links: [TextLine.Link] = [], checked: Bool? = nil) {
        var text = Self.withoutShortcodes(written.collapsingWhitespace)
        text = Self.dropBullet(text)
        if let checked {
            status = checked ? .done : .open
        } else if let (box, rest) = Self.checkbox(text) {
            status = box
            text = rest
        }
        text = Self.dropNumber(text)
        if let (marker, rest) = Self.leadingStatus(text) {
            status = status ?? marker
            text = rest
        }
        if let (tag, rest) = Self.ownerTag(text) {
            owner = tag
            text = rest
        }
        if let (note, rest) = Self.trailingNote(text) {
            text = rest
            status = status ?? note.status
            owner = owner ?? note.owner
        }
        self.text = text.trimmed
        link = Self.trackerLink(links: links, text: written)
        due = Self.due(in: written)
        if status == nil, Self.saysInProgress(written) { status = .open }
    }

    // MARK: Bullets, numbers, boxes

    /// Pseudo-bullets of Markdown-less documents (`-Item`, `•`, `—`, `*`) and leading emoji.
    private static func dropBullet(_ text: String) -> String {
        var rest = Substring(text)
        while let first = rest.first, !first.isWordCharacter, !"[(\"'“‘#$@~`<".contains(first) {
            rest = rest.dropFirst()
        }
        return rest.trimmed
    }

    /// `1.`, `1)`, `1,`, `Task 3:`, `Action 2:`: the item's number.
    private static func dropNumber(_ text: String) -> String {
        var rest = Substring(text)
        for word in ["task ", "action ", "step ", "item "] where rest.lowercased().hasPrefix(word) {
            let afterWord = rest.dropFirst(word.count)
            let digits = afterWord.prefix(while: \.isNumber)
            if !digits.isEmpty, afterWord.dropFirst(digits.count).first == ":" {
                return String(afterWord.dropFirst(digits.count + 1)).trimmed
            }
        }
        let digits = rest.prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 2 else { return text }
        rest = rest.dropFirst(digits.count)
        guard let mark = rest.first, ".),".contains(mark), rest.dropFirst().first == " " else { return text }
        return String(rest.dropFirst()).trimmed
    }

    /// `[ ]`, `[x]`, and the malformed `[]` that renders as text.
    private static func checkbox(_ text: String) -> (FollowUp.Status, String)? {
        for (box, status) in [("[ ]", FollowUp.Status.open), ("[]", .open), ("[x]", .done), ("[X]", .done)] where text.hasPrefix(box) {
            let rest = text.dropFirst(box.count)
            guard rest.first == " " else { continue }
            return (status, rest.trimmed)
        }
        return nil
    }

    // MARK: Status markers

    /// Words and phrases of a status, as `SectionNames.normalized` folds them.
    private static let doneWords: Set<String> = ["done", "complete", "completed", "fixed", "resolved", "closed", "finished", "accomplished", "implemented", "merged", "shipped"]
    private static let openWords: Set<String> = ["todo", "to do", "open", "in progress", "planned", "not started", "pending", "ongoing", "wip", "started", "in review", "tbd", "backlog", "blocked"]

    /// The status a cell or marker states in its first words (`DONE`, `Fixed in 1.2`,
    /// `In progress`, `✅`); nil when it states none.
    static func status(stated cell: String) -> FollowUp.Status? {
        if cell.unicodeScalars.contains(where: { "✅✔☑".unicodeScalars.contains($0) }) { return .done }
        let words = SectionNames.words(cell)
        for count in [3, 2, 1] where words.count >= count {
            let phrase = words.prefix(count).joined(separator: " ")
            if doneWords.contains(phrase) { return .done }
            if openWords.contains(phrase) { return .open }
        }
        return nil
    }

    /// `TODO: …`, `DONE …`, `To-do: …` at the start.
    private static func leadingStatus(_ text: String) -> (FollowUp.Status, String)? {
        for (marker, status) in [("todo", FollowUp.Status.open), ("to-do", .open), ("to do", .open), ("done", .done)] {
            guard text.lowercased().hasPrefix(marker) else { continue }
            let rest = text.dropFirst(marker.count)
            guard let next = rest.first, next == ":" || next == " " || next == "-" else { continue }
            // "Done" is also a word that starts sentences ("Done right, …"): only in capitals or with a colon.
            guard marker != "done" || text.hasPrefix("DONE") || next == ":" else { continue }
            return (status, rest.drop { $0 == ":" || $0 == " " || $0 == "-" }.trimmed)
        }
        return nil
    }

    /// A closing note in brackets: `(Done as of 2021-06-30)`, `(Accomplished.)`,
    /// `(filed #123)`, `(fixed by …)`, `OWNER: amirh@ (DONE).`
    private static func trailingNote(_ text: String) -> ((status: FollowUp.Status?, owner: String?), String)? {
        var rest = Substring(text.trimmed)
        var status: FollowUp.Status?
        var owner: String?
        if rest.hasSuffix(".") { rest = rest.dropLast() }
        if rest.hasSuffix(")"), let open = rest.lastIndex(of: "(") {
            let note = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)].trimmed
            let word = SectionNames.words(note).first ?? ""
            if word == "owner", let colon = note.firstIndex(of: ":") {
                owner = note[note.index(after: colon)...].trimmed
            } else if ["done", "accomplished", "fixed", "added", "completed", "implemented", "merged"].contains(word) {
                status = .done
            } else if ["filed", "todo", "planned", "open", "wip"].contains(word) {
                status = .open
            }
            if status != nil || owner != nil { rest = rest[..<open] }
        }
        let lowered = rest.lowercased()
        if owner == nil, ASCIIText.contains("owner:", ignoringCaseIn: rest), let range = lowered.range(of: "owner:", options: .backwards) {
            let start = rest.index(rest.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: range.lowerBound))
            let name = String(rest[rest.index(start, offsetBy: 6)...].trimmed.trimmingEdges(in: ".,;@ "))
            if !name.isEmpty, name.split(separator: " ").count <= 4 {
                owner = name
                rest = rest[..<start]
            }
        }
        guard status != nil || owner != nil else { return nil }
        let cleaned = String(rest.trimmed.trimmingEdges(in: "-—–,; ("))
        return ((status, owner), cleaned)
    }

    /// "in progress", "currently being implemented", "in the process of": work under way.
    private static func saysInProgress(_ text: String) -> Bool {
        let phrases: [StaticString] = ["in progress", "currently being implemented", "in the process of", "is being implemented"]
        return phrases.contains { ASCIIText.contains($0, ignoringCaseIn: text) }
    }

    // MARK: Owner, link, due

    /// `[Hypha] Coordinate …`: a bracketed name that is not a link or a checkbox.
    private static func ownerTag(_ text: String) -> (String, String)? {
        guard text.hasPrefix("["), let close = text.firstIndex(of: "]") else { return nil }
        let name = text[text.index(after: text.startIndex)..<close].trimmed
        guard !name.isEmpty, name.count <= 30, name.first?.isLetter == true, name.split(separator: " ").count <= 3 else { return nil }
        return (name, text[text.index(after: close)...].trimmed)
    }

    /// `@name` attributions and `(owner: X)` are found by `trailingNote`; a bare `@handle`
    /// anywhere (not an e-mail address) names the owner too.
    static func mentionedOwner(in text: String) -> String? {
        let words = text.split(separator: " ")
        for word in words where word.hasPrefix("@") && word.count > 1 {
            let handle = word.dropFirst().prefix { $0.isWordCharacter || $0 == "-" || $0 == "_" || $0 == "." }
            let trimmed = handle.hasSuffix(".") ? handle.dropLast() : handle
            if !trimmed.isEmpty { return String(trimmed) }
        }
        return nil
    }

    /// An issue, pull request or ticket the item links to; failing a link, an id written in
    /// the text (`JIRA-123`, `#123`, `bug 123`).
    static func trackerLink(links: [TextLine.Link], text: String) -> String? {
        if let url = links.map(\.url).first(where: isTrackerURL) { return url }
        if let url = links.first(where: { isTrackerID($0.text) && !$0.url.isEmpty })?.url { return url }
        return trackerID(in: text)
    }

    static func isTrackerURL(_ url: String) -> Bool {
        let paths: [StaticString] = [
            "/issues/", "/issue/", "/pull/", "/pulls/", "/merge_requests/", "/browse/", "/bugs/", "/ticket", "show_bug",
            "/jira/", "/tasks/", "/task/", "bugs.", "issuetracker.",
        ]
        guard url.lowercased().hasPrefix("http") else { return false }
        return paths.contains { ASCIIText.contains($0, ignoringCaseIn: url) }
    }

    private static func isTrackerID(_ text: String) -> Bool { trackerID(in: text) == text.trimmed }

    /// `ABC-123`, `#123` or `bug 123` standing as a word.
    static func trackerID(in text: String) -> String? {
        guard mayHoldTrackerID(text) else { return nil }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "," || $0 == ";" })
        for (index, word) in words.enumerated() {
            let token = String(word.trimmingEdges(in: ".:[]"))
            if token.hasPrefix("#"), token.count > 1, token.dropFirst().allSatisfy(\.isNumber) { return token }
            if let dash = token.firstIndex(of: "-"), dash != token.startIndex {
                let key = token[..<dash], number = token[token.index(after: dash)...]
                if key.count >= 2, key.allSatisfy({ $0.isUppercase || $0.isNumber }), key.first!.isUppercase,
                   !number.isEmpty, number.allSatisfy(\.isNumber), !["CVE", "GHSA", "SEV", "P", "UTC", "GMT"].contains(String(key)) {
                    return token
                }
            }
            if ["bug", "issue", "ticket"].contains(token.lowercased()), index + 1 < words.count {
                let number = words[index + 1].trimmingEdges(in: ".:,")
                if number.count >= 3, number.allSatisfy(\.isNumber) { return "\(token) \(number)" }
            }
        }
        return nil
    }

    /// False when the text has no `#`, no dash before a digit and no "bug", "issue" or
    /// "ticket": most items, which are then not split into words.
    private static func mayHoldTrackerID(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "#") || (previous == UInt8(ascii: "-") && (48...57).contains(byte)) { return true }
            previous = byte
        }
        return ASCIIText.contains("bug", ignoringCaseIn: text) || ASCIIText.contains("issue", ignoringCaseIn: text)
            || ASCIIText.contains("ticket", ignoringCaseIn: text)
    }

    /// A date after `due`, `deadline`, `by` or `ETA`.
    private static func due(in text: String) -> CalendarDate? {
        let words: [StaticString] = ["due", "deadline", "eta", "target date", "by "]
        for word in words {
            guard let offset = ASCIIText.offset(after: word, ignoringCaseIn: text) else { continue }
            let after = text.utf8.index(text.startIndex, offsetBy: offset)
            if let date = DayGrammar.firstDate(in: text[after...].prefix(40)) { return date }
        }
        return nil
    }

    /// `:small_orange_diamond:`-style shortcodes, which render as nothing here.
    private static func withoutShortcodes(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: ":")) else { return text }
        var result = ""
        var rest = Substring(text)
        while let colon = rest.firstIndex(of: ":") {
            let after = rest[rest.index(after: colon)...]
            let name = after.prefix { $0.isLowercase || $0 == "_" || $0.isNumber }
            if name.count >= 2, after.dropFirst(name.count).first == ":" {
                result += rest[..<colon]
                rest = after.dropFirst(name.count + 1)
            } else {
                result += rest[...colon]
                rest = after
            }
        }
        return (result + rest).trimmed
    }
}
