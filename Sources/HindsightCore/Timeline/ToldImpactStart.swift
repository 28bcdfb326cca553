/// When the opening says users began to be hurt, a little before the timeline saw it: "At
/// approximately 7:30 pm (CST), the web server went down", "Starting at 13:50 UTC, customers
/// could not check out". A timeline often begins at the first alert or the first look; the
/// summary, written afterwards, knows when impact began.
///
/// Read from the prose above the timeline, from the first sentence that reads as impact (see
/// `PhaseClassifier`) and holds one clock time, not a range (a range is a `StatedWindow`). It
/// moves the start only back, on the same day, and by at most `reach`: further back, the
/// sentence is more likely about the cause ("a deploy at 09:00 caused errors") than the
/// first users hurt.
struct ToldImpactStart {
    /// When impact began, on the timeline's day.
    var instant: Instant
    var line: Int

    static let reach = 60 * 60

    /// The told start before the timeline's `start`, from the blocks that end above `timelineLine`.
    static func find(in context: ExtractionContext, above timelineLine: Int, before start: Instant) -> ToldImpactStart? {
        for block in context.blocks {
            let line = context.line(block)
            guard line < timelineLine else { return nil }
            if case .codeBlock = block.kind { continue }
            guard let text = BlockText.text(of: block), ClockGrammar.mayHoldAClock(Substring(text)) else { continue }
            for sentence in Sentences.split(text) where ClockGrammar.mayHoldAClock(sentence) {
                let tokens = TextToken.tokenize(sentence)
                guard let phrase = TimeGrammar.firstPhrase(in: tokens, setting: .prose, requiringClock: true),
                      phrase.time.endClock == nil, let clock = phrase.time.clock
                else { continue }
                // The first such sentence speaks for the opening: a later one is not looked for.
                guard PhaseClassifier.phase(of: String(sentence)) == .impact else { continue }
                return instant(of: clock, on: phrase.time.date, before: start).map { ToldImpactStart(instant: $0, line: line) }
            }
        }
        return nil
    }

    /// The clock on `start`'s day, before it and within reach; a clock without AM or PM may be
    /// either ("7:30" before "7:37 PM").
    private static func instant(of clock: ClockTime, on date: CalendarDate?, before start: Instant) -> Instant? {
        guard date.map({ $0 == start.localDate }) ?? true else { return nil }
        var afternoon = clock
        afternoon.meridiem = .pm
        let mayBeAfternoon = clock.meridiem == nil && !clock.isTwentyFourHour && (1...11).contains(clock.hour)
        let readings = mayBeAfternoon ? [clock, afternoon] : [clock]
        guard let seconds = readings.map(\.secondsAfterMidnight).first(where: { second in
            second < start.localSecondOfDay && start.localSecondOfDay - second <= reach
        }) else { return nil }
        return start.sameDay(atSecond: seconds)
    }
}
