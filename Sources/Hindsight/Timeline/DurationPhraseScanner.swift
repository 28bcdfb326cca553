/// Finds a duration stated in a sentence, as tokens: an amount after a cue ("lasted for
/// about 3 hours", "Duration of Outage: 4 hours", "a downtime of 1 hour and 30 minutes",
/// "(~20 hrs)") or a range of times after "from" or "between" ("from 10:00 AM to 1:30 PM",
/// "between 13:00:00 and 17:35:08", "from May 8th 2024, 10 AM - May 9th 2024 12 PM").
enum DurationPhraseScanner {
    /// The minutes of the first statement in the tokens, if any.
    static func firstMinutes(in t: [TextToken]) -> Int? {
        for index in t.indices where isCue(t[index]) {
            for offset in 1...6 where index + offset < t.count {
                if let minutes = TimeRangePhrase.minutes(at: index + offset, in: t) ?? amount(at: index + offset, in: t) {
                    return minutes
                }
            }
        }
        return nil
    }

    private static let cues: Set<String> = ["lasted", "lasting", "lasts", "duration", "downtime", "outage", "from",
                                            "between", "took", "approximately", "about", "around", "~"]

    private static func isCue(_ token: TextToken) -> Bool { cues.contains(token.lowercased) }

    private static let units: [String: Double] = [
        "minute": 1, "minutes": 1, "min": 1, "mins": 1, "hour": 60, "hours": 60, "hr": 60, "hrs": 60,
        "day": 1440, "days": 1440,
    ]

    private static let numberWords: [String: Double] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
        "forty-five": 45, "fifty": 50, "half": 0.5,
    ]

    /// `3 hours`, `three hours`, `1 hour and 30 minutes`, `2 and half hours`, `an hour and a half`.
    private static func amount(at i: Int, in t: [TextToken]) -> Int? {
        guard let (value, next) = number(at: i, in: t) else { return nil }
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
        if j + 2 < t.count, t[j].lowercased == "and" {
            if let (more, after) = number(at: j + 1, in: t), after < t.count, let smaller = units[t[after].lowercased], smaller < unit {
                total += more * smaller
            } else if ["a", "half"].contains(t[j + 1].lowercased), t[j + 2].lowercased == "half" || t[j + 1].lowercased == "half" {
                total += unit / 2
            }
        }
        return total > 0 ? Int(total.rounded()) : nil
    }

    private static func number(at i: Int, in t: [TextToken]) -> (Double, Int)? {
        guard i < t.count else { return nil }
        if let whole = t[i].number, t[i].text.count <= 3 {
            if i + 2 < t.count, t[i + 1].text == ".", !t[i + 1].spaced, let tenths = t[i + 2].number, t[i + 2].text.count == 1 {
                return (Double(whole) + Double(tenths) / 10, i + 3)
            }
            return (Double(whole), i + 1)
        }
        return numberWords[t[i].lowercased].map { ($0, i + 1) }
    }
}
