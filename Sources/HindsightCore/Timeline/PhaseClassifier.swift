/// Gives each timeline event a phase from what it says, never from where it stands: the
/// strongest phase whose keywords it uses, else `other` (a registrar's reply that happens to
/// come first is no trigger).
enum PhaseClassifier {
    static func phases(of entries: [TimelineEntry]) -> [Phase] {
        entries.map { phase(of: $0.text) ?? .other }
    }

    /// Gives each entry its phase and returns each one's words, made once: the impact window
    /// reads them too.
    static func classify(_ entries: inout [TimelineEntry]) -> [[String]] {
        let words = entries.map { Self.words(of: $0.text) }
        for index in entries.indices {
            entries[index].phase = phase(ofWords: words[index]) ?? .other
        }
        return words
    }

    /// The strongest phase the text names. A keyword shortly after a negation ("not", "than"),
    /// right before one ("alerts stay silent") or in a condition ("until", "ensuring") does
    /// not count, and a restoration that says it is only partial is a mitigation.
    static func phase(of text: String) -> Phase? {
        phase(ofWords: words(of: text))
    }

    /// The phase of a text already split into `words(of:)`.
    static func phase(ofWords words: [String]) -> Phase? {
        if words.count == 1, let labelled = labelPhases[words[0]] { return labelled }
        if let marked = ImpactMarker.phase(in: words) { return marked }
        let found = eventKeys(in: words).min(by: { $0.rank < $1.rank })?.phase
        let restored = RestorationShapes.saysServiceBack(words) || (found == nil && RestorationShapes.saysAbleAgain(words))
        guard let strongest = restored ? .resolve : found ?? saysNoLonger(words) else { return nil }
        return strongest == .resolve && words.contains(where: PhaseKeywords.partial.contains) ? .mitigate : strongest
    }

    /// "After reviewing the logs and confirming normal operation, investigation shifted to
    /// the deploy": an opening clause of what came before is not the event, the main
    /// clause is, when it names a phase of its own.
    private static func eventKeys(in words: [String]) -> [PhaseKeywords.Key] {
        guard let first = words.first, openingSubordinators.contains(first),
              let clauseEnd = words.firstIndex(of: clauseBreak)
        else { return keys(in: words) }
        let main = keys(in: Array(words[(clauseEnd + 1)...]))
        return main.isEmpty ? keys(in: words) : main
    }

    private static let openingSubordinators: Set<String> = ["after", "upon", "following", "having", "once", "while"]

    /// "Users can no longer load the dashboard": what users did, stopped, in an entry that
    /// names no phase otherwise. ("Errors no longer appear" is a symptom ended, found before.)
    private static func saysNoLonger(_ words: [String]) -> Phase? {
        zip(words, words.dropFirst()).contains { $0 == "no" && $1 == "longer" } ? .impact : nil
    }

    /// The keys the words use, read left to right, the longest key at each word first; a
    /// key's words are not read again ("acknowledged the page" is not also a page, "failed
    /// over" not also a failure).
    static func keys(in words: [String]) -> [PhaseKeywords.Key] {
        var found: [PhaseKeywords.Key] = []
        var index = 0
        while index < words.count {
            let key = PhaseKeywords.candidates(for: words[index]).lazy
                .filter { $0.matches(words[index...]) }
                .max { $0.words.count < $1.words.count }
            if let key, !isReversed(at: index, length: key.words.count, in: words), !namesAThingOfTheProduct(key, at: index, in: words) {
                found.append(key)
            }
            index += key?.words.count ?? 1
        }
        return found
    }

    /// "The landing page", "slow page load times", "push notifications": a thing of the
    /// product named with a key's word, not a page to the on-call nor a notice of the problem.
    private static func namesAThingOfTheProduct(_ key: PhaseKeywords.Key, at index: Int, in words: [String]) -> Bool {
        guard key.words.count == 1, let product = productNouns[key.words[0]] else { return false }
        return (index > 0 && product.before.contains(words[index - 1]))
            || (index + 1 < words.count && product.after.contains(words[index + 1]))
    }

    /// The words around a key's word that make it a thing of the product.
    private struct ProductNoun {
        let before: Set<String>
        let after: Set<String>
    }

    private static let productNouns: [String: ProductNoun] = {
        let page = ProductNoun(
            before: [
                "the", "all", "web", "home", "landing", "login", "error", "status", "product", "checkout", "loading", "s",
                "wordpress", "maintenance", "static", "blank", "index", "this", "that", "every",
            ],
            after: ["load", "loads", "loading", "view", "views", "speed", "content", "s"]
        )
        let notification = ProductNoun(
            before: ["push", "email", "e", "sms", "mobile", "app", "in", "browser", "desktop", "order", "payment"],
            after: ["service", "services", "delivery", "queue", "pipeline"]
        )
        return ["page": page, "pages": page, "notification": notification]
    }()

    /// A negation a few words before or after, a condition earlier in the same clause, or
    /// "post" or "pre" right before: "Post-deployment monitoring" is after the deploy, not one.
    private static func isReversed(at index: Int, length: Int, in words: [String]) -> Bool {
        if index > 0, ["post", "pre"].contains(words[index - 1]) { return true }
        let clauseStart = words[..<index].lastIndex(of: clauseBreak).map { $0 + 1 } ?? 0
        let before = words[clauseStart..<index]
        let after = words[(index + length)...].prefix { $0 != clauseBreak }.prefix(PhaseKeywords.trailingNegationReach)
        // "once again" is no condition: "Prow is once again merging at its usual rate".
        let isCondition = before.indices.contains { position in
            PhaseKeywords.conditions.contains(before[position]) && !(before[position] == "once" && words.indices.contains(position + 1)
                && words[position + 1] == "again")
        }
        return before.suffix(PhaseKeywords.negationReach).contains(where: PhaseKeywords.negations.contains)
            || isCondition
            || after.contains(where: PhaseKeywords.trailingNegations.contains)
    }

    /// Stands for punctuation that ends a clause; matches no key.
    static let clauseBreak = ""

    /// Lowercased words and numbers, with a clause break for punctuation that ends a clause;
    /// "on-call" gives "on", "call". A name written in camel case ("DiscoveryApi",
    /// "PatronService") is an identifier, not the word it starts with.
    static func words(of text: String) -> [String] {
        let tokens = TextToken.tokenize(Substring(text))
        return tokens.indices.compactMap { index in
            if tokens[index].kind == .number, index + 1 < tokens.count, quantityUnits.contains(tokens[index + 1].lowercased) {
                return identifier
            }
            if tokens[index].kind != .symbol { return isCamelCase(tokens[index].text) ? identifier : tokens[index].lowercased }
            return TextToken.isBreak(at: index, in: tokens, marks: TextToken.clauseEnds) ? clauseBreak : nil
        }
    }

    /// Units after a number that make it an amount, not a status code: "500 GB disks".
    private static let quantityUnits: Set<String> = [
        "gb", "mb", "kb", "tb", "gib", "mib", "ms", "users", "nodes", "disks", "requests", "servers", "pods", "instances",
    ]

    /// Stands for an identifier or an amount; matches no key.
    private static let identifier = "#"

    /// A lower-case ASCII letter followed by an upper-case one, read on the bytes: every word
    /// of every entry comes here.
    private static func isCamelCase(_ word: Substring) -> Bool {
        var previousIsLower = false
        for byte in word.utf8 {
            if previousIsLower, (65...90).contains(byte) { return true }
            previousIsLower = (97...122).contains(byte)
        }
        return false
    }

    /// An entry that is only a label naming its phase: "Resolution", "Recovery" under their time.
    private static let labelPhases: [String: Phase] = ["resolution": .resolve, "recovery": .resolve, "restoration": .resolve]
}
