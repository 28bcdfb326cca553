/// Clock times as postmortems write them, read from tokens: `10:35`, `10:35:07`, `13h22`,
/// `10.35 PM`, `11:15AM`, `1:22 p.m.`, `11:21a`, `7 PM`, `1506 UTC`, `2100hrs`, `noon`,
/// `midnight`. Part of the one grammar of written times (`TimeGrammar`).
enum ClockGrammar {
    struct Match {
        var clock: ClockTime
        /// One past the clock's last token, its meridiem and a `hrs`/`hours` word included.
        var end: Int
        /// 1 for `24:00`, the midnight that ends the day.
        var dayOffset = 0
    }

    /// The clock at `i`, or nil.
    /// - Parameters:
    ///   - setting: where the clock stands. Inside prose a dot separates hours from minutes
    ///     only before AM/PM (`2.50 GB` is an amount), and four digits are a clock only when a
    ///     word says so (`1506 UTC`, `2200 hrs`) or right after a day; where a time is
    ///     expected, four digits before the event's separator are one too (`0900 - deploy`).
    ///   - afterDay: the clock follows a day (`2022-01-08 2233`).
    static func match(at i: Int, in t: [TextToken], setting: TimeGrammar.Setting, afterDay: Bool = false) -> Match? {
        guard i < t.count else { return nil }
        guard let number = t[i].number else { return word(at: i, in: t, setting: setting) }
        switch t[i].digitCount {
        case 1, 2:
            return separated(hour: number, at: i, in: t, setting: setting) ?? hourBeforeMeridiem(number, at: i, in: t)
        case 4:
            return fourDigits(number, at: i, in: t, setting: setting, afterDay: afterDay)
        default:
            return nil
        }
    }

    /// `AM`, `pm`, `a.m.`, `P.M` (the last dot is often forgotten), and a lone `a` or `p`
    /// glued to the clock (`11:21a`).
    static func meridiem(at i: Int, in t: [TextToken]) -> (value: ClockTime.Meridiem, end: Int)? {
        guard i < t.count, t[i].kind == .word else { return nil }
        let word = t[i].lowercased
        let value: ClockTime.Meridiem? = word == "am" || word == "a" ? .am : word == "pm" || word == "p" ? .pm : nil
        guard let value else { return nil }
        if word.count == 2 { return (value, i + 1) }
        if i + 2 < t.count, t[i + 1].text == ".", !t[i + 1].spaced, t[i + 2].lowercased == "m", !t[i + 2].spaced {
            return (value, i + 3 < t.count && t[i + 3].text == "." && !t[i + 3].spaced ? i + 4 : i + 3)
        }
        // `11:21a` — only glued, and not the start of a word or sentence ("a", "p.")
        let isGlued = !t[i].spaced && (i + 1 >= t.count || t[i + 1].spaced || t[i + 1].kind == .symbol)
        return isGlued ? (value, i + 1) : nil
    }

    // MARK: - Shapes

    /// `10:35`, `10:35:07`, `13h22`, `10.35`, then an optional meridiem.
    private static func separated(hour: Int, at i: Int, in t: [TextToken], setting: TimeGrammar.Setting) -> Match? {
        guard hour <= 24, i + 2 < t.count, [":", ".", "h", "H"].contains(t[i + 1].text), !t[i + 1].spaced, !t[i + 2].spaced,
              let minute = t[i + 2].number, t[i + 2].digitCount == 2, minute < 60
        else { return nil }
        // Inside prose `10.35` is a version or an amount (`2.50 GB`, `3.25 hours`), not a
        // time, unless AM/PM follows; `1.12.13` never is.
        if t[i + 1].text == "." {
            if i + 4 < t.count, t[i + 3].text == ".", !t[i + 3].spaced, t[i + 4].number != nil { return nil }
            if setting == .prose, meridiem(at: i + 3, in: t) == nil { return nil }
        }
        var end = i + 3
        var second = 0
        if t[i + 1].text == ":", end + 1 < t.count, t[end].text == ":", !t[end].spaced, !t[end + 1].spaced,
           let seconds = t[end + 1].number, t[end + 1].digitCount == 2, seconds < 60 {
            second = seconds
            end += 2
            // Fractions of a second: `17:35:08.123`.
            if end + 1 < t.count, t[end].text == ".", !t[end].spaced, !t[end + 1].spaced, t[end + 1].kind == .number { end += 2 }
        }
        var match = withMeridiem(ClockTime(hour: hour == 24 ? 0 : hour, minute: minute, second: second), at: end, in: t)
        if hour == 24 { match.dayOffset = 1 }
        if match.clock.meridiem == nil {
            match.clock.isTwentyFourHour = (t[i].digitCount == 2 && hour < 10) || (end < t.count && hourWords.contains(t[end].lowercased))
        }
        return match
    }

    /// `7 PM`, `9am`, `12 noon`: an hour alone is a time only with a meridiem.
    private static func hourBeforeMeridiem(_ hour: Int, at i: Int, in t: [TextToken]) -> Match? {
        guard (1...12).contains(hour), i + 1 < t.count else { return nil }
        if t[i + 1].lowercased == "noon", hour == 12 { return Match(clock: ClockTime(hour: 12, minute: 0), end: i + 2) }
        guard let found = meridiem(at: i + 1, in: t) else { return nil }
        return Match(clock: ClockTime(hour: hour, minute: 0, meridiem: found.value), end: found.end)
    }

    /// `1506 UTC`, `0930 hrs`, `2100hrs`, `1200 hours`, after a day `2233`, and where a time
    /// is expected `0900 - …` or `1506: …`. Years (19xx, 20xx) only with a time word.
    private static func fourDigits(_ number: Int, at i: Int, in t: [TextToken], setting: TimeGrammar.Setting, afterDay: Bool) -> Match? {
        let hour = number / 100, minute = number % 100
        guard number >= 0, hour < 24, minute < 60 else { return nil }
        let clock = ClockTime(hour: hour, minute: minute, isTwentyFourHour: true)
        let next = i + 1 < t.count ? t[i + 1] : nil
        if let next, hourWords.contains(next.lowercased) { return Match(clock: clock, end: i + 2) }
        if let next, next.kind == .word, ZoneNames.isAbbreviation(String(next.text)) || next.text == "Z" {
            return Match(clock: clock, end: i + 1)
        }
        let isYear = (1970...2100).contains(number)
        if !isYear, let next, next.text == "(" || next.text.first?.isUppercase == true,
           ZoneMention.match(at: i + 1, in: t, allowUnknown: false) != nil {
            return Match(clock: clock, end: i + 1)
        }
        // After a day, unless a second date follows (`2019-07-25 - 2019-10-10`).
        if afterDay, !(isYear && i + 2 < t.count && ["-", "/"].contains(t[i + 1].text) && !t[i + 1].spaced) {
            return Match(clock: clock, end: i + 1)
        }
        guard setting == .timeline, !isYear else { return nil }
        guard let next else { return Match(clock: clock, end: i + 1) }
        let isEventSeparator = (next.text == ":" && !next.spaced && !(i + 2 < t.count && t[i + 2].kind == .number && !t[i + 2].spaced))
            || (["-", "–", "—", "|"].contains(next.text) && next.spaced)
        // `0900–1300 PST`: four digits to four digits.
        let isRangeStart = ["-", "–", "to"].contains(next.text) && i + 2 < t.count && t[i + 2].digitCount == 4
            && fourDigits(t[i + 2].number ?? -1, at: i + 2, in: t, setting: setting, afterDay: false) != nil
        return isEventSeparator || isRangeStart ? Match(clock: clock, end: i + 1) : nil
    }

    /// `noon`, `mid-day`, `midnight`, where a time is expected (`Midnight (SAST)`).
    private static func word(at i: Int, in t: [TextToken], setting: TimeGrammar.Setting) -> Match? {
        guard setting == .timeline, t[i].kind == .word else { return nil }
        // `mid-day`
        if t[i].lowercased == "mid", i + 2 < t.count, t[i + 1].text == "-", !t[i + 1].spaced, t[i + 2].lowercased == "day", !t[i + 2].spaced {
            return Match(clock: ClockTime(hour: 12, minute: 0), end: i + 3)
        }
        switch t[i].lowercased {
        case "noon", "midday": return Match(clock: ClockTime(hour: 12, minute: 0), end: i + 1)
        case "midnight": return Match(clock: ClockTime(hour: 0, minute: 0), end: i + 1)
        default: return nil
        }
    }

    /// The clock with the meridiem at `index`, if any. A meridiem that cannot apply
    /// (`17:30 PM`) is read past and the 24-hour clock kept.
    private static func withMeridiem(_ clock: ClockTime, at index: Int, in t: [TextToken]) -> Match {
        guard let found = meridiem(at: index, in: t) else { return Match(clock: clock, end: index) }
        var time = clock
        if (1...12).contains(clock.hour) || clock.hour == 0 && found.value == .am { time.meridiem = found.value }
        return Match(clock: time, end: found.end)
    }

    private static let hourWords: Set<String> = ["hrs", "hours", "hr", "h"]
}
