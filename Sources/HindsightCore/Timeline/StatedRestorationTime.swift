/// A later time an entry's own text gives for the restoration it reports: "11:00 AM: the
/// service began recovering and returned to normal by 11:30 AM" restores at 11:30. Only a
/// clock after "by" or "at", on the entry's day, within twelve hours after the entry.
enum StatedRestorationTime {
    static func instant(in text: String, after entryTime: Instant) -> Instant? {
        let tokens = TextToken.tokenize(Substring(text))
        for index in tokens.indices where lead.contains(tokens[index].lowercased) {
            let clockAt = index + 1 < tokens.count && hedges.contains(tokens[index + 1].lowercased) ? index + 2 : index + 1
            guard let clock = ClockGrammar.match(at: clockAt, in: tokens, setting: .prose)?.clock else { continue }
            let stated = entryTime.sameDay(atSecond: clock.secondsAfterMidnight)
            if stated > entryTime, entryTime.minutes(until: stated) <= 12 * 60 { return stated }
        }
        return nil
    }

    private static let lead: Set<String> = ["by", "at"]
    private static let hedges: Set<String> = ["approximately", "about", "around", "roughly", "~"]
}
