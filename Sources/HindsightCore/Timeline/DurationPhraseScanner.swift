/// Finds how long an incident lasted, as a sentence states it, in tokens: an amount after a
/// cue that names the outage's length ("lasted for about 3 hours", "Duration of Outage: 4
/// hours", "a downtime of 1 hour and 30 minutes"), an amount after a looser cue ("for",
/// "about", "(~20 hrs)") when the sentence is about the outage ("users were affected for
/// about 45 minutes"), or a range of times after a length cue or, in a sentence about the
/// outage, after "from" or "between" ("the site was down from 10:00 AM to 1:30 PM"). Other
/// amounts and ranges ("a 30 minute window", "the rollback took 12 minutes", "the update
/// window is between 06:00 and 07:00") are not the incident's duration.
enum DurationPhraseScanner {
    /// How surely a statement gives the incident's length.
    enum Strength: Int, Comparable, Sendable {
        /// After a loose cue in a sentence about the outage: "users were affected for 45 minutes".
        case loose
        /// A range after "from" or "between" in a sentence about the outage.
        case window
        /// After a cue that names the length: "lasted", "Duration:", "downtime of".
        case named

        static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    struct Statement: Sendable {
        var minutes: Int
        var strength: Strength
        /// The times it runs between, when it states them.
        var window: StatedWindow?
    }

    /// The first statement of each sentence of the tokens, in order.
    static func statements(in tokens: [TextToken]) -> [Statement] {
        sentences(of: tokens).compactMap { firstStatement(inSentence: Array($0)) }
    }

    private static func firstStatement(inSentence t: [TextToken]) -> Statement? {
        // A duration needs an amount and its unit, or two clock times (digits): most
        // sentences have neither, and this check costs them no allocation.
        guard t.contains(where: { $0.kind == .number || isUnit($0.text) }) else { return nil }
        // One lookup per word (a number has no role).
        let words = t.map { $0.kind == .number ? "" : $0.lowercased }
        let roles = words.map { Self.roles[$0] ?? [] }
        // "an additional 25 minutes of downtime", "a second set of requests lasted an hour":
        // a part of the outage, not its length.
        guard !roles.indices.contains(where: { isPart(at: $0, roles: roles, in: t) }) else { return nil }
        let aboutTheOutage = roles.contains { $0.contains(.outage) }
        let windowIsTheOutage = aboutTheOutage || roles.contains { $0.contains(.windowOutage) }
        for (index, role) in roles.enumerated() {
            let isLengthCue = role.contains(.length) || isOutageWindow(at: index, words: words, roles: roles)
            if isLengthCue, let minutes = amount(endingBeforeOfAt: index, in: t) ?? amount(modifying: index, in: t) {
                return Statement(minutes: minutes, strength: .named)
            }
            if isLengthCue, isWorkLength(cueAt: index, words: words) { continue }
            let readsRange = isLengthCue || (windowIsTheOutage && role.contains(.range))
            // "The service was restored after 2 hours": the time until service came back.
            let readsAmount = isLengthCue || (aboutTheOutage && role.contains(.loose))
                || (words[index] == "after" && words.contains(where: restorationWords.contains))
            guard readsRange || readsAmount else { continue }
            let isNamed = isLengthCue
            for offset in 1...6 where index + offset < t.count {
                if readsRange, let window = StatedWindow(phraseAt: index + offset, in: t), let minutes = window.minutes {
                    return Statement(minutes: minutes, strength: isNamed ? .named : .window, window: window)
                }
                if readsAmount, !isBound(before: index + offset, in: t), let minutes = amount(at: index + offset, in: t) {
                    return Statement(minutes: minutes, strength: isNamed ? .named : .loose)
                }
            }
        }
        return aboutTheOutage ? toldWindow(in: t, roles: roles) : nil
    }

    /// "Impact window: 14:02–15:31", "Outage period": a window of the outage names its length.
    private static func isOutageWindow(at index: Int, words: [String], roles: [Role]) -> Bool {
        index > 0 && ["window", "period"].contains(words[index]) && roles[index - 1].contains(.outage)
    }

    /// "The outage began at 14:02 UTC and ended at 15:31 UTC", "Impact started at 14:02 and
    /// lasted until 15:31": a time after a word that starts the outage, and a later one after
    /// a word that ends it.
    private static func toldWindow(in t: [TextToken], roles: [Role]) -> Statement? {
        guard let start = time(after: .windowStart, in: t, roles: roles, from: 0),
              let end = time(after: .windowEnd, in: t, roles: roles, from: start.tokens.upperBound)
        else { return nil }
        let window = StatedWindow(start: start.time, end: end.time)
        return window.minutes.map { Statement(minutes: $0, strength: .window, window: window) }
    }

    /// The first clock time within three tokens after a word of the `cue` role, from token `start` on.
    private static func time(after cue: Role, in t: [TextToken], roles: [Role], from start: Int) -> TimeGrammar.Phrase? {
        for index in roles.indices.dropFirst(start) where roles[index].contains(cue) {
            for offset in 1...3 where index + offset < t.count {
                if let phrase = TimeGrammar.phrase(at: index + offset, in: t, setting: .prose), phrase.hasClock { return phrase }
            }
        }
        return nil
    }

    private static let startingWords: Set<String> = ["began", "begun", "begins", "started", "starts", "start", "starting"]
    /// What ends a told window: service back, or its symptoms stopping ("errors began at
    /// 07:12 and stopped at 07:40").
    private static let endingWords = restorationWords.union([
        "ended", "ends", "end", "until", "stopped", "stops", "ceased", "subsided",
    ])

    /// A word that makes its sentence about a part of the outage: "additional", or an
    /// ordinal of a later episode ("a second set", "the third outage") that is not a unit
    /// after an amount ("1 second").
    private static func isPart(at index: Int, roles: [Role], in t: [TextToken]) -> Bool {
        roles[index].contains(.part) || (roles[index].contains(.laterOrdinal) && (index == 0 || t[index - 1].kind != .number))
    }

    private static let partWords: Set<String> = ["additional", "another", "further", "extra"]
    private static let laterOrdinals: Set<String> = ["second", "third", "fourth"]

    /// "The postmortem lasted for 12 hours", "Duration: the investigation lasted two days":
    /// the length of the work on the incident, not of the incident, when the words around
    /// the cue name that work.
    private static func isWorkLength(cueAt index: Int, words: [String]) -> Bool {
        words[max(0, index - 3)..<min(words.count, index + 4)].contains(where: workWords.contains)
    }

    private static let workWords: Set<String> = [
        "postmortem", "mortem", "investigation", "analysis", "review", "meeting", "debugging", "troubleshooting",
    ]

    /// "less than one hour", "under 5 minutes", "within 2 hours": a bound, not the length;
    /// "just under two hours", "a little over an hour" are near enough to be the length.
    private static func isBound(before i: Int, in t: [TextToken]) -> Bool {
        i > 0 && bounds.contains(t[i - 1].lowercased) && !(i > 1 && nearly.contains(t[i - 2].lowercased))
    }

    private static let nearly: Set<String> = ["just", "little", "slightly", "bit"]

    private static let bounds: Set<String> = ["than", "under", "within", "over", "to"]

    /// Cues whose amount is the outage's length.
    private static let lengthCues: Set<String> = ["lasted", "lasting", "lasts", "duration", "downtime", "outage", "persisted", "persists"]
    /// Words of service come back: "after" an amount, in their sentence, is the time until then.
    private static let restorationWords: Set<String> = ["restored", "recovered", "resolved"]
    /// Cues whose amount is the outage's length only in a sentence about the outage.
    private static let looseCues: Set<String> = ["for", "in", "took", "approximately", "about", "around", "~"]
    /// Cues of a range of times in a sentence about the outage; length cues read ranges too
    /// ("Duration: 14:30 to 16:45").
    private static let rangeCues: Set<String> = ["from", "between"]
    /// Words that make a sentence about the outage: its name, its symptoms, the people it hurt.
    private static let outageWords: Set<String> = [
        "outage", "outages", "downtime", "down", "unavailable", "offline", "inaccessible", "accessible", "unreachable",
        "affected", "impact", "impacted", "disruption", "disrupted", "degraded", "degradation", "interruption",
        "incident", "resolved", "error", "errors", "failed", "failing", "users", "customers", "students", "user", "customer",
        "unable", "blackout", "blackouts", "restoration", "recovery", "congestion", "failures", "unresponsive", "unusable",
        "crashed", "crashing", "broken", "restore", "restored",
    ]

    /// Words that make a sentence about the outage for a window of times only: "payments
    /// were delayed between 14:00 and 15:30" is the outage, "rate-limited us for 9 minutes,
    /// which delayed notifications" a part of it.
    private static let windowOutageWords: Set<String> = ["delayed", "delays", "stalled"]

    /// What a word does in a sentence: the lists above, merged to be looked up once per token.
    private struct Role: OptionSet {
        let rawValue: UInt16
        static let length = Role(rawValue: 1)
        static let loose = Role(rawValue: 2)
        static let range = Role(rawValue: 4)
        static let outage = Role(rawValue: 8)
        static let windowOutage = Role(rawValue: 16)
        static let windowStart = Role(rawValue: 32)
        static let windowEnd = Role(rawValue: 64)
        static let part = Role(rawValue: 128)
        static let laterOrdinal = Role(rawValue: 256)
    }

    private static let roles: [String: Role] = {
        var roles: [String: Role] = [:]
        for (words, role) in [
            (lengthCues, Role.length), (looseCues, .loose), (rangeCues, .range), (outageWords, .outage),
            (windowOutageWords, .windowOutage), (startingWords, .windowStart), (endingWords, .windowEnd),
            (partWords, .part), (laterOrdinals, .laterOrdinal),
        ] {
            for word in words { roles[word, default: []].insert(role) }
        }
        return roles
    }()

    /// Sentences: the tokens between a full stop, a question or exclamation mark, or a
    /// semicolon and the next word ("3.4 s" keeps its point).
    private static func sentences(of t: [TextToken]) -> [ArraySlice<TextToken>] {
        var sentences: [ArraySlice<TextToken>] = []
        var start = 0
        for index in t.indices where TextToken.isBreak(at: index, in: t, marks: TextToken.sentenceEnds) {
            sentences.append(t[start...index])
            start = index + 1
        }
        if start < t.count { sentences.append(t[start...]) }
        return sentences
    }

    /// False when no sentence of the text can state a length, nor a window label its time:
    /// the text has no digit and no word beginning like a unit. Most blocks of prose have
    /// neither, and this scan over the bytes spares them tokenizing (the finder had been a
    /// sixth of analysis, tokenizing most of it).
    static func mayStateALength(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var afterLetter = false
            for index in bytes.indices {
                let byte = bytes[index]
                if byte >= 0x30 && byte <= 0x39 { return true }
                // Any other byte before a letter (non-ASCII ones too) may end a token.
                if !afterLetter, unitInitials.contains(byte | 0x20), startsLikeUnit(bytes, at: index) { return true }
                afterLetter = isASCIILetter(byte)
            }
            return false
        } ?? true
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte | 0x20)
    }

    /// "min", "hou", "hr", "day", "wee" or "sec", in any case, at `start`: how every one of `units` begins.
    private static func startsLikeUnit(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        unitStems.contains { stem in
            start + stem.count <= bytes.count && stem.indices.allSatisfy { bytes[start + $0] | 0x20 == stem[$0] }
        }
    }

    private static let unitStems: [[UInt8]] = ["min", "hou", "hr", "day", "wee", "sec"].map { Array($0.utf8) }

    /// Whether the word is one of `units`; the first letter decides for most words.
    private static func isUnit(_ word: Substring) -> Bool {
        guard let first = word.utf8.first, word.utf8.count <= 7, unitInitials.contains(first | 0x20) else { return false }
        return units[word.lowercased()] != nil
    }

    /// Five letters, where an array is quicker to search than a set is to hash.
    private static let unitInitials: [UInt8] = Array("mhdws".utf8)

    private static let units: [String: Double] = [
        "second": 1.0 / 60, "seconds": 1.0 / 60, "sec": 1.0 / 60, "secs": 1.0 / 60,
        "minute": 1, "minutes": 1, "min": 1, "mins": 1, "hour": 60, "hours": 60, "hr": 60, "hrs": 60, "h": 60, "hs": 60,
        "day": 1440, "days": 1440, "week": 10_080, "weeks": 10_080,
    ]

    private static let numberWords: [String: Double] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
        "forty-five": 45, "fifty": 50, "half": 0.5,
    ]

    /// `3 hours`, `three hours`, `1 hour and 30 minutes`, `2 and half hours`, `an hour and a
    /// half`, and a range's upper end: `10-15 minutes`, `2 to 3 hours` (users were hurt that long).
    /// "2 hours of downtime", "45 minutes of outage": the amount before "of" and the cue at `cue`.
    private static func amount(endingBeforeOfAt cue: Int, in t: [TextToken]) -> Int? {
        guard cue >= 3, t[cue - 1].lowercased == "of", units[t[cue - 2].lowercased] != nil else { return nil }
        // The amount's first number, the earliest that reads as one: "2 hours", "1 hour and
        // 30 minutes", "2.5 hours", past "40% of users with" before it.
        for start in max(0, cue - 8)...(cue - 3) where t[start].kind == .number {
            if start > 0, t[start - 1].kind == .number || t[start - 1].text == "." { continue }
            if let minutes = amount(at: start, in: t) { return minutes }
        }
        return nil
    }

    /// "a 47-minute outage", "a two-hour downtime", "the 1.5 hour outage": the amount that
    /// qualifies the cue at `cue`, a decimal ("1.5") read whole before its last digit alone.
    private static func amount(modifying cue: Int, in t: [TextToken]) -> Int? {
        guard cue >= 2, let unit = units[t[cue - 1].lowercased] else { return nil }
        let numberEnd = ["-", "–"].contains(t[cue - 2].text) ? cue - 2 : cue - 1
        for numberStart in [numberEnd - 3, numberEnd - 1] where numberStart >= 0 {
            if let (value, after) = number(at: numberStart, in: t), after == numberEnd { return Int((value * unit).rounded()) }
        }
        return nil
    }

    private static func amount(at i: Int, in t: [TextToken]) -> Int? {
        guard var (value, next) = number(at: i, in: t) else { return nil }
        if next + 1 < t.count, ["-", "–", "to"].contains(t[next].lowercased), let (upper, afterUpper) = number(at: next + 1, in: t),
           upper > value, afterUpper < t.count, units[t[afterUpper].lowercased] != nil {
            (value, next) = (upper, afterUpper)
        }
        var j = next
        var total = 0.0
        if j < t.count, t[j].lowercased == "and", let (fraction, after) = number(at: j + 1, in: t), fraction < 1 {
            // "2 and half hours"
            j = after
            guard j < t.count, let unit = units[t[j].lowercased] else { return nil }
            return Int(((value + fraction) * unit).rounded())
        }
        guard j < t.count, let unit = units[t[j].lowercased] else { return nil }
        total = value * unit
        j += 1
        // The smaller part: "1 hour and 30 minutes", "4 hours, 38 minutes", "2h 15m".
        let partStart = j < t.count && (t[j].lowercased == "and" || t[j].text == ",") ? j + 1 : j
        if let (more, after) = number(at: partStart, in: t), after < t.count, let smaller = smallerUnit(t[after], after: unit) {
            total += more * smaller
        } else if j + 2 < t.count, t[j].lowercased == "and", ["a", "half"].contains(t[j + 1].lowercased),
                  t[j + 2].lowercased == "half" || t[j + 1].lowercased == "half" {
            total += unit / 2
        }
        return total > 0 ? Int(total.rounded()) : nil
    }

    /// The unit of an amount's smaller part, in minutes. "m" is minutes only there, after
    /// hours ("2h 15m"): alone it is as often millions ("2m users").
    private static func smallerUnit(_ token: TextToken, after unit: Double) -> Double? {
        let word = token.lowercased
        guard let smaller = units[word] ?? (word == "m" && unit == 60 ? 1 : nil), smaller < unit else { return nil }
        return smaller
    }

    private static func number(at i: Int, in t: [TextToken]) -> (Double, Int)? {
        guard i < t.count else { return nil }
        if let whole = t[i].number, t[i].digitCount <= 3 {
            if i + 2 < t.count, t[i + 1].text == ".", !t[i + 1].spaced, let tenths = t[i + 2].number, t[i + 2].digitCount == 1 {
                return (Double(whole) + Double(tenths) / 10, i + 3)
            }
            return (Double(whole), i + 1)
        }
        return numberWords[t[i].lowercased].map { ($0, i + 1) }
    }
}
