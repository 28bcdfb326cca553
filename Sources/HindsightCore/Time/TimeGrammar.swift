/// The one grammar of written times. A phrase is an optional relative day, an optional day,
/// a clock and what qualifies it, or a day alone:
///
///     phrase     = [relative] day [separator] clock after-clock
///                | [relative] clock after-clock
///                | day [day part] [- day]
///                | relative                      (alone on its line: `The next day:`)
///     separator  = , | - | – | @ | at | around | about | approximately | ~ | between | from
///     after-clock = any of: meridiem, zone (`UTC`, `GMT+2`, `(EAT)`, `Eastern time`, `Z`,
///                  `+02:00`, `-0800`), `hours`, a day part (`(Afternoon)`), `(+1)`,
///                  `next day`, a trailing day (`on June 15, 2020`), a range
///     range      = (- | – | to | until | through | and) [day] clock [zone] [trailing day]
///
/// `10:35 PM`, `2100hrs WAT`, `2017-07-25T17:06`, `May 10, 2023, 08:00 AM`,
/// `4:16 p.m. ET on June 15, 2020`, `Midnight (SAST)`, `14:00 - 15:30`, `next day 02:00`.
/// The timeline (where each entry's time ends and what it says), the incident's date, stated
/// windows and front-matter moments all read times here, so they cannot disagree.
enum TimeGrammar {
    /// Where a phrase stands: where a time is expected (a timeline entry's start, a time
    /// column, a front-matter value), or inside prose, where `1200` is an amount.
    enum Setting: Sendable { case timeline, prose }

    struct Phrase {
        var tokens: Range<Int>
        var time: WrittenTime
        var hasClock: Bool { time.clock != nil }
    }

    /// The phrase that starts exactly at `start`. `Between 3AM and 4AM on …` and `from 14:00
    /// to 15:30` start at their first word: a range is written whole.
    static func phrase(at start: Int, in t: [TextToken], setting: Setting) -> Phrase? {
        guard start < t.count, startsFree(at: start, in: t) else { return nil }
        if ["between", "from"].contains(t[start].lowercased), var range = phrase(at: start + 1, in: t, setting: setting),
           range.time.endClock != nil || range.time.endDate != nil {
            range.tokens = start..<range.tokens.upperBound
            return range
        }
        var time = WrittenTime()
        var j = start
        if let relative = relativeDay(at: j, in: t) {
            time.dayOffset = relative.days
            j = separatorSkipped(from: relative.end, in: t)
        }
        let day = DayGrammar.match(at: j, in: t, allowWeekdayAlone: true)
        if let day {
            time.take(day)
            j = separatorSkipped(from: day.tokens.upperBound, in: t)
            // ISO 8601: `2017-07-25T17:06`.
            if j == day.tokens.upperBound, j + 1 < t.count, t[j].text == "T", !t[j].spaced, !t[j + 1].spaced { j += 1 }
        }
        let hasDay = day.map { !$0.isWeekdayAlone } ?? false
        guard let clock = ClockGrammar.match(at: j, in: t, setting: setting, afterDay: hasDay) ?? bareHourOfRange(at: j, in: t) else {
            if let day, hasDay { return dayAlone(day, start: start, in: t, time: time) }
            return time.dayOffset > 0 && isLineEnd(j, in: t) ? Phrase(tokens: start..<j, time: time) : nil
        }
        time.clock = clock.clock
        time.dayOffset += clock.dayOffset
        j = afterClock(at: clock.end, clockAt: j, in: t, setting: setting, into: &time)
        return Phrase(tokens: start..<j, time: time)
    }

    /// The first phrase at or after `start`; with `requiringClock`, the first with a clock.
    static func firstPhrase(in t: [TextToken], from start: Int = 0, setting: Setting, requiringClock: Bool) -> Phrase? {
        var index = start
        while index < t.count {
            if let found = phrase(at: index, in: t, setting: setting), found.hasClock || !requiringClock { return found }
            index += 1
        }
        return nil
    }

    /// The time a short text gives, where one is expected (a timeline entry's raw time, a
    /// front-matter value, the rest of a `Start time:` line): its first phrase, completed
    /// by the first clock after it when the phrase is a day alone.
    static func reading(of text: String) -> WrittenTime {
        let tokens = TextToken.tokenize(Substring(text))
        guard let first = firstPhrase(in: tokens, setting: .timeline, requiringClock: false) else { return WrittenTime() }
        guard !first.hasClock, let clocked = firstPhrase(in: tokens, from: first.tokens.upperBound, setting: .timeline, requiringClock: true)
        else { return first.time }
        var time = clocked.time
        if time.date == nil, time.monthDay == nil {
            time.date = first.time.date
            time.monthDay = first.time.monthDay
            time.otherOrder = first.time.otherOrder
            time.order = first.time.order
        }
        return time
    }

    // MARK: - Parts

    /// Not glued to what comes before: the `12.13` of `v1.12.13`, the `01:00` of
    /// `GMT+01:00`, the `10` of `m4.10xlarge` start no time.
    private static func startsFree(at i: Int, in t: [TextToken]) -> Bool {
        guard i > 0, !t[i].spaced else { return true }
        let before = t[i - 1]
        if before.text == "." { return isAfterEnumerator(i, in: t) }
        if before.kind != .symbol || ["#", "$", "/"].contains(before.text) { return false }
        // The seconds of `12:00:00` start nothing; the time after `:emoji:` does.
        if before.text == ":", i > 1, t[i - 2].kind == .number, !before.spaced { return false }
        let isSign = ["+", "-", "−"].contains(before.text)
        return !(isSign && i > 1 && !before.spaced)
    }

    /// `10.12:30 PM` at the start of a line: item 10, at 12:30 PM (a list number glued to
    /// the time), unlike the `12.13` of `1.12.13`.
    private static func isAfterEnumerator(_ i: Int, in t: [TextToken]) -> Bool {
        i >= 2 && t[i - 2].kind == .number && t[i - 2].digitCount <= 2 && (i == 2 || t[i - 2].spaced)
            && i + 1 < t.count && t[i + 1].text == ":"
    }

    /// A day with no clock after it: `2019-07-25`, `September 28th (Afternoon)`, or two
    /// days set apart by a dash (`2019-07-25 - 2019-10-10`).
    private static func dayAlone(_ day: DayGrammar.Match, start: Int, in t: [TextToken], time: WrittenTime) -> Phrase {
        var time = time
        var end = dayPart(at: day.tokens.upperBound, in: t) ?? day.tokens.upperBound
        if time.endDate == nil, end < t.count, ["-", "–", "—", "to", "through", "until"].contains(t[end].lowercased),
           let last = DayGrammar.match(at: end + 1, in: t), last.date != nil {
            time.endDate = last.date
            end = last.tokens.upperBound
        }
        return Phrase(tokens: start..<end, time: time)
    }

    /// What follows a clock, in any order: zone, `hours`, day part, `(+1)`, a trailing day
    /// and a range with its own zone and day.
    private static func afterClock(at start: Int, clockAt: Int, in t: [TextToken], setting: Setting, into time: inout WrittenTime) -> Int {
        var j = start
        while j < t.count {
            if time.zone == nil, let zone = isoOffset(at: j, clockAt: clockAt, in: t) ?? numericOffset(at: j, in: t)
                ?? ZoneMention.match(at: j, in: t, allowUnknown: setting == .timeline) {
                time.zone = zone.mention
                j = zone.end
            } else if ["hours", "hrs", "hr"].contains(t[j].lowercased) {
                j += 1
            } else if let end = dayPart(at: j, in: t) ?? sameTimeElsewhere(at: j, in: t) {
                j = end
            } else if time.dayOffset == 0, let relative = relativeSuffix(at: j, in: t) {
                time.dayOffset = relative.days
                j = relative.end
            } else if time.date == nil, time.monthDay == nil, let day = trailingDay(at: j, in: t) {
                time.take(day)
                j = day.tokens.upperBound
            } else if time.endClock == nil, let end = rangeEnd(at: j, in: t, setting: setting, into: &time) {
                j = end
            } else {
                break
            }
        }
        return j
    }

    /// `Z` or `+02:00` right after the clock of an ISO 8601 date-time (`2024-04-20T12:03Z`),
    /// and `Z` glued to any clock (`14:30Z`). Elsewhere `10:35-10:50` is a range, not a zone.
    private static func isoOffset(at i: Int, clockAt start: Int, in t: [TextToken]) -> (mention: ZoneMention, end: Int)? {
        guard i < t.count, !t[i].spaced else { return nil }
        if t[i].text == "Z" { return (ZoneMention(text: "UTC"), i + 1) }
        guard start > 0, t[start - 1].text == "T", !t[start].spaced else { return nil }
        guard ["+", "-"].contains(t[i].text), i + 1 < t.count, t[i + 1].number != nil else { return nil }
        let end = i + 3 < t.count && t[i + 2].text == ":" && t[i + 3].number != nil ? i + 4 : i + 2
        return (ZoneMention(text: ZoneMention.written(t[i..<end])), end)
    }

    /// ` -0800`, ` +0530`: an offset set apart from the clock, its four digits glued to the sign.
    private static func numericOffset(at i: Int, in t: [TextToken]) -> (mention: ZoneMention, end: Int)? {
        guard i + 1 < t.count, t[i].spaced, ["+", "-"].contains(t[i].text), !t[i + 1].spaced, t[i + 1].digitCount == 4,
              t[i + 1].number != nil, i + 2 >= t.count || t[i + 2].spaced
        else { return nil }
        let mention = ZoneMention(text: ZoneMention.written(t[i..<(i + 2)]))
        return mention.zone == nil ? nil : (mention, i + 2)
    }

    /// `- 15:30`, `–10:50`, `to 1:30 PM`, `, to February 5, 22:09 UTC`, `and 11:21 PM CET`,
    /// `until 1:50 PM PDT on October 20`: the end of a range.
    private static func rangeEnd(at i: Int, in t: [TextToken], setting: Setting, into time: inout WrittenTime) -> Int? {
        var j = aside(at: i, in: t) ?? i
        if j < t.count, t[j].text == "," { j += 1 }
        guard j + 1 < t.count, rangeConnectors.contains(t[j].lowercased) else { return nil }
        j += 1
        let day = DayGrammar.match(at: j, in: t, allowWeekdayAlone: true)
        if let day { j = separatorSkipped(from: day.tokens.upperBound, in: t) }
        guard let clock = ClockGrammar.match(at: j, in: t, setting: setting, afterDay: day.map { !$0.isWeekdayAlone } ?? false)
        else { return nil }
        time.endClock = clock.clock
        time.endDate = day?.date
        time.endMonthDay = day?.monthDay
        j = clock.end
        while j < t.count {
            if let zone = ZoneMention.match(at: j, in: t, allowUnknown: setting == .timeline) {
                if time.zone == nil { time.zone = zone.mention }
                j = zone.end
            } else if time.endDate == nil, time.endMonthDay == nil, let last = trailingDay(at: j, in: t) {
                // `between 3 AM and 4 AM on January 15, 2020`: the day of the whole range,
                // unless the start said its own (`… on October 19 until 1:50 PM on October 20`).
                if time.date == nil, time.monthDay == nil {
                    time.take(last)
                } else {
                    time.endDate = last.date
                    time.endMonthDay = last.monthDay
                }
                j = last.tokens.upperBound
            } else {
                break
            }
        }
        return j
    }

    /// The end of a few words in brackets that qualify the time before them, `(maybe
    /// before)`, `(approximately)`: in `from ~12:00 (maybe before) to 17:55` the range goes on.
    private static func aside(at i: Int, in t: [TextToken]) -> Int? {
        guard i < t.count, t[i].text == "(" else { return nil }
        let words = t[(i + 1)...].prefix { $0.text != ")" }
        guard (1...asideLength).contains(words.count), words.endIndex < t.count,
              words.allSatisfy({ $0.kind == .word })
        else { return nil }
        return words.endIndex + 1
    }

    /// The most words an aside holds.
    private static let asideLength = 4

    private static let rangeConnectors: Set<String> = ["-", "–", "—", "to", "until", "till", "through", "and"]

    /// The `1` of `from 1 to 3 am` and the `9` of `9-10 am`: an hour alone that starts a
    /// range whose end has a clock.
    private static func bareHourOfRange(at i: Int, in t: [TextToken]) -> ClockGrammar.Match? {
        guard i + 2 < t.count, t[i].digitCount <= 2, let hour = t[i].number, (0...23).contains(hour),
              ["-", "–", "to"].contains(t[i + 1].lowercased), ClockGrammar.meridiem(at: i + 1, in: t) == nil,
              let end = ClockGrammar.match(at: i + 2, in: t, setting: .prose), end.clock.meridiem != nil
        else { return nil }
        return ClockGrammar.Match(clock: ClockTime(hour: hour, minute: 0), end: i + 1)
    }

    /// `(17:14 UTC)` after `13:14 EDT`: the same moment in another zone, read past.
    private static func sameTimeElsewhere(at i: Int, in t: [TextToken]) -> Int? {
        guard i < t.count, t[i].text == "(", let clock = ClockGrammar.match(at: i + 1, in: t, setting: .timeline),
              let zone = ZoneMention.match(at: clock.end, in: t, allowUnknown: true),
              zone.end < t.count, t[zone.end].text == ")"
        else { return nil }
        return zone.end + 1
    }

    /// `(Afternoon)`, `(morning)`: a part of the day in parentheses.
    private static func dayPart(at i: Int, in t: [TextToken]) -> Int? {
        guard i + 2 < t.count, t[i].text == "(", dayParts.contains(t[i + 1].lowercased), t[i + 2].text == ")" else { return nil }
        return i + 3
    }

    private static let dayParts: Set<String> = ["morning", "afternoon", "evening", "night", "noon", "midnight"]

    /// `next day`, `the following morning`, `tomorrow`, `+1 day`, `(+1)`: one day on;
    /// `Day 2`, the incident's second day, and `Day 1`, its first: days counted from the first.
    private static func relativeDay(at i: Int, in t: [TextToken]) -> (end: Int, days: Int)? {
        var j = i
        if j < t.count, t[j].lowercased == "tomorrow" { return (j + 1, 1) }
        if let end = plusOneDay(at: j, in: t) { return (end, 1) }
        if j + 1 < t.count, t[j].lowercased == "day", t[j + 1].digitCount == 1, let number = t[j + 1].number, number >= 1 {
            return (j + 2, number - 1)
        }
        if j < t.count, t[j].lowercased == "the" { j += 1 }
        guard j + 1 < t.count, ["next", "following"].contains(t[j].lowercased), relativeDayWords.contains(t[j + 1].lowercased)
        else { return nil }
        return (j + 2, 1)
    }

    private static let relativeDayWords: Set<String> = ["day", "morning", "afternoon", "evening", "night"]

    /// `(+1)`, `+1 day`, `(next day)`, `next day`, `of the following night` after a time.
    private static func relativeSuffix(at i: Int, in t: [TextToken]) -> (end: Int, days: Int)? {
        if let end = plusOneDay(at: i, in: t) { return (end, 1) }
        var j = i
        if j < t.count, ["of", "on", "("].contains(t[j].lowercased) { j += 1 }
        guard let relative = relativeDay(at: j, in: t) else { return nil }
        guard t[i].text == "(" else { return relative }
        return relative.end < t.count && t[relative.end].text == ")" ? (relative.end + 1, relative.days) : nil
    }

    /// `+1`, `+1 day`, `+1d`, and the same in parentheses.
    private static func plusOneDay(at i: Int, in t: [TextToken]) -> Int? {
        let opened = i < t.count && t[i].text == "("
        var j = opened ? i + 1 : i
        guard j + 1 < t.count, t[j].text == "+", t[j + 1].text == "1", !t[j + 1].spaced else { return nil }
        j += 2
        if j < t.count, ["d", "day"].contains(t[j].lowercased) { j += 1 }
        guard opened else { return j }
        return j < t.count && t[j].text == ")" ? j + 1 : nil
    }

    /// `on June 15, 2020`, `, June 16`, `of July 2nd`, `on Friday` after a clock.
    private static func trailingDay(at i: Int, in t: [TextToken]) -> DayGrammar.Match? {
        var j = i
        let afterOn = j < t.count && t[j].lowercased == "on"
        if j < t.count, [",", "on", "of"].contains(t[j].lowercased) { j += 1 }
        guard let day = DayGrammar.match(at: j, in: t, allowWeekdayAlone: afterOn), !day.isWeekdayAlone || afterOn else { return nil }
        return day
    }

    /// The words and marks between a day and its clock: `, `, ` - `, ` at ~`, ` around `.
    private static func separatorSkipped(from i: Int, in t: [TextToken]) -> Int {
        var j = i
        while j < t.count, j < i + 3, separators.contains(t[j].lowercased) { j += 1 }
        return j
    }

    private static let separators: Set<String> = [
        ",", "-", "–", "—", "@", "at", "around", "about", "approximately", "approx", "~", "between", "from",
    ]

    /// Nothing but punctuation to the end of the tokens, or a colon next.
    private static func isLineEnd(_ i: Int, in t: [TextToken]) -> Bool {
        i >= t.count || t[i].text == ":" || t[i...].allSatisfy { $0.kind == .symbol }
    }
}

extension WrittenTime {
    /// Takes the day a day phrase gives.
    fileprivate mutating func take(_ day: DayGrammar.Match) {
        weekday = day.isWeekdayAlone ? day.weekday : nil
        date = day.date
        monthDay = day.monthDay
        otherOrder = day.otherOrder
        order = day.otherOrder == nil ? nil : day.order
        endDate = day.lastDate
        endMonthDay = day.lastMonthDay
    }
}
