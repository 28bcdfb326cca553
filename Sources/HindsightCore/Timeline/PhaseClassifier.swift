/// Gives each timeline event a phase from what it says, never from where it stands: the
/// strongest phase whose keywords it uses, else `other` (a registrar's reply that happens to
/// come first is no trigger).
enum PhaseClassifier {
    static func phases(of entries: [TimelineEntry]) -> [Phase] {
        entries.map { phase(of: $0.text) ?? .other }
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
        let restored = saysDoingAgain(words) || saysSymptomEnded(words) || saysFixRestored(words) || saysRecoverNow(words)
        guard let strongest = restored || (found == nil && saysAbleAgain(words)) ? .resolve : found ?? saysNoLonger(words)
        else { return nil }
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

    /// "Users could access the site again", "customers were able to pay again": what users
    /// can do with the service again, in an entry that says nothing else (a negation would
    /// be impact).
    private static func saysAbleAgain(_ words: [String]) -> Bool {
        words.contains("again") && words.contains { ["could", "can", "able"].contains($0) }
            && words.contains(where: serviceVerbs.contains)
    }

    private static let serviceVerbs: Set<String> = [
        "access", "log", "login", "reach", "load", "use", "connect", "browse", "pay", "order", "buy", "checkout", "sign",
        "upload", "download", "deploy", "send", "receive",
    ]

    /// What users saw, ended: "crashes stopped", "the 5xx errors subsided", "errors stop" (told
    /// in the present, as timeline entries often are), "error rate drops to zero", "no more
    /// delays", "last error seen". The symptom is a one-word impact key; its ending may follow a word that
    /// qualifies it ("error rate").
    private static func saysSymptomEnded(_ words: [String]) -> Bool {
        // Found from the ending's words, which are set look-ups; a symptom's keys are not.
        for (index, word) in words.enumerated() {
            if isEnding(word, at: index, in: words) {
                if words[max(0, index - 2)..<index].contains(where: isSymptom) { return true }
            } else if word == "no", index + 2 < words.count, ["more", "further"].contains(words[index + 1]), isSymptom(words[index + 2]) {
                return true
            } else if word == "longer", index > 0, words[index - 1] == "no",
                      words[max(0, index - 3)..<(index - 1)].contains(where: isSymptom)
                        || words[(index + 1)...].prefix(2).contains(where: isSymptom) {
                // "Errors no longer appear", "no longer failing".
                return true
            } else if word == "last", index + 1 < words.count, isSymptom(words[index + 1]) {
                // "Last error observed": the symptom's end, seen from after it.
                return true
            }
        }
        return false
    }

    /// "stopped", "cleared", or a fall to zero ("drops to zero").
    private static func isEnding(_ word: String, at index: Int, in words: [String]) -> Bool {
        endingVerbs.contains(word) || (fallingVerbs.contains(word) && words[(index + 1)...].prefix(2).contains(where: zero.contains))
    }

    private static let zero: Set<String> = ["zero", "0"]

    private static func isSymptom(_ word: String) -> Bool {
        PhaseKeywords.candidates(for: word).contains { $0.phase == .impact && $0.words.count == 1 && $0.matches([word]) }
    }

    private static let endingVerbs: Set<String> = [
        "stopped", "ceased", "subsided", "disappeared", "vanished", "ended", "gone", "cleared", "clear", "clears",
        "stop", "stops", "cease", "ceases", "subside", "subsides", "disappear", "disappears", "vanish", "vanishes", "end", "ends",
    ]

    /// Verbs of a symptom going down, an ending when it goes down to zero.
    private static let fallingVerbs: Set<String> = ["drop", "drops", "dropped", "fall", "falls", "fell", "went", "goes", "down", "back"]

    /// "Payments recover": the plain present of a timeline told as it happens. Not an aim or
    /// a doubt ("to recover", "did not recover", "may recover"). "Recover" is matched whole
    /// here: as a key it would also match "recovering", which is work under way.
    private static func saysRecoverNow(_ words: [String]) -> Bool {
        words.indices.contains { index in
            words[index] == "recover" && (index == 0 || !notNow.contains(words[index - 1]))
        }
    }

    private static let notNow: Set<String> = [
        "to", "not", "never", "didn", "couldn", "cannot", "can", "could", "would", "will", "should", "may", "might", "failed",
        "unable", "t",
    ]

    /// "Users can no longer load the dashboard": what users did, stopped, in an entry that
    /// names no phase otherwise. ("Errors no longer appear" is a symptom ended, found before.)
    private static func saysNoLonger(_ words: [String]) -> Phase? {
        zip(words, words.dropFirst()).contains { $0 == "no" && $1 == "longer" } ? .impact : nil
    }

    /// "A hotfix was deployed, restoring product listings": a fix, then what it brought back
    /// told as a clause of its result. Opening an entry ("Restoring from backup") or after
    /// "began", restoring is still work under way.
    private static func saysFixRestored(_ words: [String]) -> Bool {
        guard let result = words.indices.dropFirst().first(where: { words[$0 - 1] == clauseBreak && resultVerbs.contains(words[$0]) })
        else { return false }
        return keys(in: Array(words[..<(result - 1)])).contains { $0.phase == .mitigate }
    }

    private static let resultVerbs: Set<String> = ["restoring", "resolving"]

    /// "validators are signing again", "orders flowing again", "writes accepted again":
    /// something that had stopped works again, unless what it does again is fail ("failing
    /// again") or, said of what was done to it, any other event ("restarted again", "paged
    /// again").
    private static func saysDoingAgain(_ words: [String]) -> Bool {
        zip(words, words.dropFirst()).contains { previous, word in
            guard word == "again" else { return false }
            let keys = PhaseKeywords.candidates(for: previous)
            if previous.hasSuffix("ing") { return keys.allSatisfy { $0.phase != .impact } }
            return previous.hasSuffix("ed") && keys.allSatisfy { $0.phase == .resolve }
        }
    }

    /// The keys the words use, read left to right, the longest key at each word first; a
    /// key's words are not read again ("acknowledged the page" is not also a page, "failed
    /// over" not also a failure).
    private static func keys(in words: [String]) -> [PhaseKeywords.Key] {
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
    private static let productNouns: [String: (before: Set<String>, after: Set<String>)] = {
        let page: (before: Set<String>, after: Set<String>) = (
            before: [
                "the", "all", "web", "home", "landing", "login", "error", "status", "product", "checkout", "loading", "s",
                "wordpress", "maintenance", "static", "blank", "index", "this", "that", "every",
            ],
            after: ["load", "loads", "loading", "view", "views", "speed", "content", "s"]
        )
        let notification: (before: Set<String>, after: Set<String>) = (
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
    private static let clauseBreak = ""

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
