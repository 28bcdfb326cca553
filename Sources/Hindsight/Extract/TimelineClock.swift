/// The clock part of a timeline time, read from tokens: `10:35`, `9:05:12`, `13h22`, `10.35`,
/// `1506 UTC`, `10 AM`, then what qualifies it: `PM`, `p.m.`, `UTC`, `GMT+2`, `(EAT)`,
/// `hours (East Africa Time)`. Each function takes the index of a token and returns the index
/// one past what it read, or nil (or the same index) when nothing there is a clock.
enum TimelineClock {
    /// Reads a clock time at `i`. Inside prose (`strict`) a dot only separates hours from
    /// minutes before AM/PM, so version numbers and amounts ("2.50 GB") are not read as times.
    static func clock(at i: Int, in t: [TextToken], strict: Bool) -> Int? {
        guard i < t.count, let hour = t[i].number else { return nil }
        switch t[i].text.count {
        case 1, 2:
            return hoursAndMinutes(at: i, hour: hour, in: t, strict: strict) ?? hourBeforeMeridiem(at: i, hour: hour, in: t)
        case 4:
            return militaryTime(at: i, value: hour, in: t)
        default:
            return nil
        }
    }

    /// AM/PM and time zones in any order after a clock: `PM`, `a.m.`, `UTC`, `GMT+2`, `hours`,
    /// an unspaced range end (`02:00-04:30`) and parenthesised zones (`(UTC)`, `(East Africa Time)`).
    static func qualifiers(at start: Int, in t: [TextToken]) -> Int {
        var i = start
        while i < t.count {
            if let next = meridiem(at: i, in: t) ?? zone(at: i, in: t) ?? rangeEnd(at: i, in: t) ?? parenthesisedQualifier(at: i, in: t) {
                i = next
            } else {
                return i
            }
        }
        return i
    }

    /// A parenthesised zone or part of the day: `(UTC)`, `(GMT+1)`, `(East Africa Time)`, `(Afternoon)`.
    static func parenthesisedQualifier(at i: Int, in t: [TextToken]) -> Int? {
        guard i < t.count, t[i].text == "(" else { return nil }
        let limit = min(t.count, i + 8)
        guard let close = (i + 1..<limit).first(where: { t[$0].text == ")" }), close > i + 1 else { return nil }
        let isQualifier = t[i + 1..<close].contains { token in
            let word = token.lowercased
            return zones.contains(word) || dayParts.contains(word) || word == "time"
        }
        return isQualifier ? close + 1 : nil
    }

    // MARK: - Clock shapes

    /// 10:35, 9:05:12, 13h22, 10.35 — hour and two-digit minutes with no space between.
    private static func hoursAndMinutes(at i: Int, hour: Int, in t: [TextToken], strict: Bool) -> Int? {
        guard hour <= 24, i + 2 < t.count, !t[i + 1].spaced, !t[i + 2].spaced,
              [":", ".", "h"].contains(t[i + 1].lowercased),
              let minute = t[i + 2].number, t[i + 2].text.count == 2, minute < 60
        else { return nil }
        var end = i + 3
        if t[i + 1].text == ".", strict, meridiem(at: end, in: t) == nil { return nil }
        if end + 1 < t.count, t[end].text == ":", !t[end].spaced, !t[end + 1].spaced,
           t[end + 1].number != nil, t[end + 1].text.count == 2 {
            end += 2
        }
        return end
    }

    /// 10 AM, 9pm, 4 p.m.
    private static func hourBeforeMeridiem(at i: Int, hour: Int, in t: [TextToken]) -> Int? {
        guard (1...12).contains(hour), meridiem(at: i + 1, in: t) != nil else { return nil }
        return i + 1
    }

    /// 1506 UTC, 1200 hours, 0930Z, 2200 hrs: four digits count as a time only when a word
    /// says so, or before a colon that separates it from the event ("1506: deploy").
    private static func militaryTime(at i: Int, value: Int, in t: [TextToken]) -> Int? {
        guard value / 100 < 24, value % 100 < 60, i + 1 < t.count else { return nil }
        let next = t[i + 1]
        let isTimeWord = ["utc", "gmt", "z", "hours", "hrs", "am", "pm"].contains(next.lowercased)
        let isEventColon = next.text == ":" && !next.spaced && i + 2 < t.count && t[i + 2].kind != .number
        return isTimeWord || isEventColon ? i + 1 : nil
    }

    // MARK: - Qualifiers

    private static let zones: Set<String> = [
        "utc", "gmt", "z", "pst", "pdt", "est", "edt", "cst", "cdt", "mst", "mdt", "cet", "cest", "eat", "wat",
        "cat", "sast", "ist", "bst", "jst", "aest", "et", "pt", "ct", "eet", "eest", "wib", "hrs", "hours",
        "eastern", "pacific", "central", "mountain",
    ]

    private static let dayParts: Set<String> = ["morning", "afternoon", "evening", "night", "noon", "midnight"]

    /// AM, pm, a.m., p.m (the last dot is often forgotten).
    private static func meridiem(at i: Int, in t: [TextToken]) -> Int? {
        guard i < t.count else { return nil }
        let word = t[i].lowercased
        if word == "am" || word == "pm" { return i + 1 }
        guard word == "a" || word == "p", i + 2 < t.count, t[i + 1].text == ".", t[i + 2].lowercased == "m" else { return nil }
        return i + 3 < t.count && t[i + 3].text == "." ? i + 4 : i + 3
    }

    /// UTC, PST, GMT+2, UTC-05
    private static func zone(at i: Int, in t: [TextToken]) -> Int? {
        guard i < t.count, zones.contains(t[i].lowercased) else { return nil }
        if i + 2 < t.count, ["+", "-"].contains(t[i + 1].text), !t[i + 1].spaced, t[i + 2].number != nil, !t[i + 2].spaced {
            return i + 3
        }
        return i + 1
    }

    /// The end of an unspaced range: the `-04:30` of `02:00-04:30`.
    private static func rangeEnd(at i: Int, in t: [TextToken]) -> Int? {
        guard i + 1 < t.count, ["-", "–"].contains(t[i].text), !t[i].spaced, !t[i + 1].spaced else { return nil }
        return hoursAndMinutes(at: i + 1, hour: t[i + 1].number ?? 99, in: t, strict: true)
    }
}
