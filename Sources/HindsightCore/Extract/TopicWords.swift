/// The words by which two postmortems can be told to be about the same thing: lowercased
/// runs of letters and digits in the singular (`WordStem`), without the words every English
/// text uses nor those every postmortem uses ("incident", "outage", "users"), and each pair
/// of such words written side by side ("connection pool"), which names a thing more
/// precisely than either word. Simple and general on purpose: no rule is made for one
/// archive or one writer.
package enum TopicWords {
    /// Shorter runs ("db", "at") are abbreviations too ambiguous to relate incidents by.
    static let minimumLength = 3

    /// A topic word or pair: in the singular, to match, and as written (lowercased), to
    /// show ("postgres" is no plural).
    struct Word: Equatable {
        var stem: String
        var written: String
    }

    /// The topic words of the text and its pairs, in order of appearance.
    static func words(of text: String) -> [Word] {
        var words: [Word] = []
        var previous: Word?
        for (run, joinsPrevious) in runs(of: text) {
            guard isTopical(run) else {
                previous = nil
                continue
            }
            let word = Word(stem: WordStem.of(run), written: run)
            if joinsPrevious, let previous {
                words.append(Word(stem: previous.stem + " " + word.stem, written: previous.written + " " + word.written))
            }
            words.append(word)
            previous = word
        }
        return words
    }

    private static func isTopical(_ run: String) -> Bool {
        run.unicodeScalars.count >= minimumLength && !run.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
            && !isStopWord(run)
    }

    /// The lowercased runs of letters and digits, each with whether only white space or a
    /// hyphen separates it from the one before (a pair across a full stop or a comma is not
    /// a phrase).
    private static func runs(of text: String) -> [(run: String, joinsPrevious: Bool)] {
        asciiRuns(of: text) ?? unicodeRuns(of: text)
    }

    /// `runs` over the bytes of ASCII text, as most postmortems are; nil for other text.
    /// Reading characters' Unicode properties was most of the cost of relating.
    private static func asciiRuns(of text: String) -> [(run: String, joinsPrevious: Bool)]? {
        var runs: [(run: String, joinsPrevious: Bool)] = []
        var run: [UInt8] = []
        var joins = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if ASCIIText.isAlphanumeric(byte) {
                run.append(ASCIIText.lowercased(byte))
                continue
            }
            if !run.isEmpty {
                runs.append((String(decoding: run, as: UTF8.self), joins))
                run.removeAll(keepingCapacity: true)
                joins = true
            }
            if !(ASCIIText.isWhitespace(byte) || byte == UInt8(ascii: "-")) { joins = false }
        }
        if !run.isEmpty { runs.append((String(decoding: run, as: UTF8.self), joins)) }
        return runs
    }

    private static func unicodeRuns(of text: String) -> [(run: String, joinsPrevious: Bool)] {
        var runs: [(run: String, joinsPrevious: Bool)] = []
        var run = ""
        var joins = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                run.append(character)
                continue
            }
            if !run.isEmpty {
                runs.append((run, joins))
                run = ""
                joins = true
            }
            if !(character.isWhitespace || character == "-") { joins = false }
        }
        if !run.isEmpty { runs.append((run, joins)) }
        return runs
    }

    /// Common English words, and the words of any postmortem, which relate every incident
    /// to every other.
    private static let stopWords: Set<String> = [
        "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our",
        "out", "has", "have", "him", "his", "how", "its", "may", "new", "now", "old", "see", "two", "way", "who",
        "did", "get", "let", "say", "she", "too", "use", "used", "using", "with", "this", "that", "from", "they",
        "them", "then", "than", "there", "their", "these", "those", "what", "when", "where", "which", "while",
        "will", "would", "could", "should", "been", "being", "were", "into", "onto", "over", "under", "after",
        "before", "about", "above", "below", "between", "during", "through", "also", "only", "some", "such",
        "more", "most", "other", "each", "both", "very", "just", "because", "due", "same", "again",
        "once", "here", "does", "doing", "done", "make", "made", "many", "much", "well", "until", "within",
        "without", "across", "against", "upon", "per", "via", "however", "therefore", "thus", "able", "unable",
        "including", "includes", "include", "following", "several", "first", "second", "third", "last", "next",
        "still", "even", "like", "take", "took", "taken", "began", "begin", "started", "start", "got", "set",
        "incident", "incidents", "outage", "outages", "postmortem", "postmortems", "post", "mortem", "issue",
        "issues", "problem", "problems", "user", "users", "customer", "customers", "service", "services",
        "impact", "impacted", "affected", "affecting", "caused", "cause", "causes", "causing", "root", "result",
        "resulted", "resulting", "team", "teams", "engineers", "engineer", "time", "times", "minutes", "minute",
        "hours", "hour", "day", "days", "summary", "resolved", "resolution", "fixed", "occurred", "experienced",
        "period", "approximately", "around", "led", "leading", "happened", "identified", "investigation",
        "failure", "failures", "failed", "fail", "fails", "multiple", "event", "events", "degradation", "degraded",
        "disruption", "unavailable", "availability", "available", "report", "reported", "suffered", "responsible",
        "duration", "lasted", "lasting", "likely", "related", "response", "responded", "down", "utc", "gmt",
        "additionally", "significant", "contained", "ended", "extra", "located", "accessing", "bad",
        // What is left of a contraction split at its apostrophe ("wasn't").
        "wasn", "isn", "didn", "doesn", "don", "weren", "aren", "hasn", "haven", "couldn", "wouldn", "shouldn", "won",
        // Dates relate incidents that happened at the same time, not the same way.
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    ]

    /// True for a word (or tag) too common in postmortems to relate two of them by.
    package static func isStopWord(_ word: String) -> Bool { stopWords.contains(word) }
}
