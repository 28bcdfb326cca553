/// Service back, told in shapes no single keyword names: a symptom ended ("errors stop",
/// "no more delays"), something working again ("orders flowing again"), a fix and the clause
/// of its result ("deployed, restoring product listings"), a recovery told in the present
/// ("payments recover"), users able to use the service again. `PhaseClassifier` asks these
/// after its keywords: any of them makes an entry a restoration.
enum RestorationShapes {
    static func saysServiceBack(_ words: [String]) -> Bool {
        saysDoingAgain(words) || saysSymptomEnded(words) || saysFixRestored(words) || saysRecoverNow(words)
    }

    /// "Users could access the site again", "customers were able to pay again": what users
    /// can do with the service again, in an entry that says nothing else (a negation would
    /// be impact).
    static func saysAbleAgain(_ words: [String]) -> Bool {
        words.contains("again") && words.contains { ["could", "can", "able"].contains($0) }
            && words.contains(where: serviceVerbs.contains)
    }

    private static let serviceVerbs: Set<String> = [
        "access", "log", "login", "reach", "load", "use", "connect", "browse", "pay", "order", "buy", "checkout", "sign",
        "upload", "download", "deploy", "send", "receive",
    ]

    /// What users saw, ended: "crashes stopped", "the 5xx errors subsided", "errors stop" (told
    /// in the present, as timeline entries often are), "error rate drops to zero", "no more
    /// delays", "last error seen". The symptom is a one-word impact key; its ending may
    /// follow a word that qualifies it ("error rate").
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

    /// "A hotfix was deployed, restoring product listings": a fix, then what it brought back
    /// told as a clause of its result. Opening an entry ("Restoring from backup") or after
    /// "began", restoring is still work under way.
    private static func saysFixRestored(_ words: [String]) -> Bool {
        guard let result = words.indices.dropFirst().first(where: { words[$0 - 1] == PhaseClassifier.clauseBreak && resultVerbs.contains(words[$0]) })
        else { return false }
        return PhaseClassifier.keys(in: Array(words[..<(result - 1)])).contains { $0.phase == .mitigate }
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
}
