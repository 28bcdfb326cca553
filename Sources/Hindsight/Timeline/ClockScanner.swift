/// Finds a clock time in tokens: `10:35`, `10:35:07`, `13h22`, `10.35`, `11:15AM`,
/// `1:22 p.m.`, `7 PM`, and, where a time is expected, four digits (`1506 UTC`, `2300`).
enum ClockScanner {
    struct Match {
        var clock: ClockTime
        /// One past the clock's last token (its meridiem included).
        var end: Int
    }

    /// - Parameter allowFourDigits: read `2300` as a time even without a zone after it
    ///   (right after a date); elsewhere four digits are more often a year.
    static func match(at i: Int, in t: [TextToken], allowFourDigits: Bool = false) -> Match? {
        guard i < t.count, let number = t[i].number else { return nil }
        switch t[i].text.count {
        case 1, 2: return separated(hour: number, at: i, in: t) ?? hourOnly(number, at: i, in: t)
        case 4: return fourDigits(number, at: i, in: t, allowed: allowFourDigits)
        default: return nil
        }
    }

    /// `10:35`, `10:35:07`, `13h22`, `10.35`, then an optional meridiem.
    private static func separated(hour: Int, at i: Int, in t: [TextToken]) -> Match? {
        guard i + 2 < t.count, [":", ".", "h", "H"].contains(t[i + 1].text), !t[i + 1].spaced, !t[i + 2].spaced,
              let minute = t[i + 2].number, t[i + 2].text.count == 2, minute < 60
        else { return nil }
        var end = i + 3
        var second = 0
        if t[i + 1].text == ":", end + 1 < t.count, t[end].text == ":", !t[end].spaced, !t[end + 1].spaced,
           let seconds = t[end + 1].number, t[end + 1].text.count == 2, seconds < 60 {
            second = seconds
            end += 2
        }
        return clock(hour: hour, minute: minute, second: second, meridiemAt: end, in: t)
    }

    /// `7 PM`, `9am`: an hour alone is a time only with a meridiem.
    private static func hourOnly(_ hour: Int, at i: Int, in t: [TextToken]) -> Match? {
        guard let meridiem = meridiem(at: i + 1, in: t) else { return nil }
        return clock(hour: hour, minute: 0, second: 0, meridiemAt: i + 1, in: t).flatMap { $0.clock.meridiem == meridiem.value ? $0 : nil }
    }

    /// `1506 UTC`, `0930 hrs`, or after a date `2300`.
    private static func fourDigits(_ number: Int, at i: Int, in t: [TextToken], allowed: Bool) -> Match? {
        let next = i + 1 < t.count ? t[i + 1].lowercased : ""
        guard allowed || ["utc", "gmt", "z", "hrs", "hours", "h"].contains(next) || ZoneNames.abbreviations[next.uppercased()] != nil
        else { return nil }
        let hour = number / 100, minute = number % 100
        guard hour < 24, minute < 60 else { return nil }
        let end = ["hrs", "hours", "h"].contains(next) ? i + 2 : i + 1
        return Match(clock: ClockTime(hour: hour, minute: minute), end: end)
    }

    private static func clock(hour: Int, minute: Int, second: Int, meridiemAt index: Int, in t: [TextToken]) -> Match? {
        guard hour < 24 else { return nil }
        var time = ClockTime(hour: hour, minute: minute, second: second)
        guard let found = meridiem(at: index, in: t), (1...12).contains(hour) || hour == 0 else {
            return Match(clock: time, end: index)
        }
        time.meridiem = found.value
        return Match(clock: time, end: found.end)
    }

    /// `AM`, `pm`, `a.m.`, `P.M`.
    static func meridiem(at i: Int, in t: [TextToken]) -> (value: ClockTime.Meridiem, end: Int)? {
        guard i < t.count, t[i].kind == .word else { return nil }
        let word = t[i].lowercased
        let value: ClockTime.Meridiem? = word == "am" || word == "a" ? .am : word == "pm" || word == "p" ? .pm : nil
        guard let value else { return nil }
        if word.count == 2 { return (value, i + 1) }
        guard i + 2 < t.count, t[i + 1].text == ".", t[i + 2].lowercased == "m", !t[i + 2].spaced else { return nil }
        return (value, i + 3 < t.count && t[i + 3].text == "." ? i + 4 : i + 3)
    }
}
