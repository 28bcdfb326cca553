/// When users started and stopped being hurt, read from a timeline's phases.
///
/// Where the author marked the window (`OUTAGE BEGINS` … `OUTAGE ENDS`), the marks bound it:
/// the first start mark, and the last end mark, as an outage in several parts ends when its
/// last part does.
///
/// Impact began at the first impact event, else at the first detection (users were hurt by
/// the time anyone noticed), or earlier when the prose states a window that ends at the
/// timeline's restoration and begins before it (see `StatedWindow.earlierStart`). Where the two disagree and the prose states how long the
/// impact lasted, the reading that agrees with it wins: a monitoring alert can be the first
/// sign of what users saw, or a disk-watermark report can come long before they see errors.
///
/// Service was restored at the first restoration after that and after the first fix, when
/// the timeline has one, unless it was only partly restored and a later event says it was
/// full ("fully restored"); a formal declaration
/// ("incident declared resolved") does not move it. An event that states a later time
/// for its restoration ("back to normal by 11:30") restores at that time.
struct ImpactWindow {
    var start: Instant?
    var end: Instant?

    init(_ timed: [TimedEntry], statedMinutes: Int?, statedWindow: StatedWindow? = nil) {
        let marks = timed.compactMap { entry in
            ImpactMarker.phase(in: entry.words).map { (time: entry.time, phase: $0) }
        }
        let markedStart = marks.first { $0.phase == .impact }?.time
        let readings = markedStart.map { [ImpactWindow(start: $0, end: Self.restoration(in: timed, from: $0))] }
            ?? Self.candidateStarts(timed).map { ImpactWindow(start: $0, end: Self.restoration(in: timed, from: $0)) }
        let chosen = statedMinutes.flatMap { Self.closest(to: $0, among: readings) } ?? readings.first
        start = chosen?.start ?? timed.first?.time
        let markedEnd = marks.last { mark in mark.phase == .resolve && start.map { mark.time > $0 } ?? false }?.time
        end = markedEnd ?? chosen?.end ?? start.flatMap { Self.restoration(in: timed, from: $0) }
        if markedStart == nil, let timelineStart = start, let end,
           let earlier = statedWindow?.earlierStart(than: timelineStart, restoredAt: end) {
            start = earlier
        }
    }

    private init(start: Instant, end: Instant?) {
        self.start = start
        self.end = end
    }

    var minutes: Int? {
        guard let start, let end else { return nil }
        return start.minutes(until: end)
    }

    /// The first impact event and the first detection of a problem, the earlier first: users
    /// were hurt by the time anyone noticed, and an "error" named later is usually the
    /// investigation's. A detection that names no problem ("Karpenter noticed a new
    /// version") is not one.
    private static func candidateStarts(_ timed: [TimedEntry]) -> [Instant] {
        // First in time, not in the list: an entry may look back ("no updates were posted
        // since March 27 at 2:55pm", written after the March 30 entry that noticed it).
        let impact = timed.filter { $0.entry.phase == .impact }.map(\.time).min()
        let detection = timed.filter { $0.entry.phase == .detect && namesAProblem($0.words) }.map(\.time).min()
        let firsts = [impact, detection].compactMap { $0 }.sorted()
        return firsts.count == 2 && firsts[0] == firsts[1] ? [firsts[0]] : firsts
    }

    /// Good news names no problem, even with the words of one ("reports previously failing
    /// tests pass").
    private static func namesAProblem(_ words: [String]) -> Bool {
        words.contains { word in problemWords.contains { word.hasPrefix($0) } }
            && !words.contains { word in goodNews.contains { word.hasPrefix($0) } }
    }

    private static let goodNews = ["pass", "succe", "healthy", "green", "ok"]

    /// The beginnings of words that name something wrong.
    private static let problemWords = [
        "alert", "alarm", "page", "paged", "issue", "problem", "error", "outage", "down", "fail", "incident", "complain",
        "ticket", "report", "broke", "unable", "cannot", "couldn", "slow", "latenc", "timeout", "crash", "unavailab",
        "unreachab", "spike", "surge", "high", "5", "exploit", "attack", "suspicious", "odd", "wrong", "drop", "degrad",
    ]

    /// The reading whose length is closest to the stated one, when there is a choice and
    /// every reading has a length.
    private static func closest(to statedMinutes: Int, among readings: [ImpactWindow]) -> ImpactWindow? {
        let lengths = readings.compactMap(\.minutes)
        guard readings.count > 1, lengths.count == readings.count else { return nil }
        return zip(readings, lengths).min { abs($0.1 - statedMinutes) < abs($1.1 - statedMinutes) }?.0
    }

    private static func restoration(in timed: [TimedEntry], from start: Instant) -> Instant? {
        let candidates = timed.indices.filter { timed[$0].entry.phase == .resolve && timed[$0].time >= start }
        // A component found healthy before any fix was tried ("MySQL status showed it was
        // operational", "the provider confirmed their service was operational") is a cause
        // ruled out, not service back, when a restoration follows the fix.
        let firstFix = timed.firstIndex { $0.entry.phase == .mitigate && $0.time >= start }
        let afterFix = candidates.filter { index in firstFix.map { index > $0 } ?? true }
        let restorations = (afterFix.isEmpty ? candidates : afterFix).map { timed[$0] }
        guard let first = restorations.first else { return nil }
        let full = saysFull(first.words) ? first
            : restorations.dropFirst().first { saysFull($0.words) && !isDeclaration($0.words) }
        let chosen = full ?? first
        return StatedRestorationTime.instant(in: chosen.entry.text, after: chosen.time) ?? chosen.time
    }

    /// "fully restored", "complete", "all services back", "all validators signing again".
    private static func saysFull(_ words: [String]) -> Bool {
        words.contains { word in fullWords.contains(word) || word.hasPrefix("complet") }
            || zip(words, words.dropFirst()).contains { $0 == "all" && $1.count > 3 && $1.hasSuffix("s") }
    }

    /// "Incident declared resolved", "incident closed": bookkeeping after the fact, unless
    /// it also reports the restoration ("fully restored, and the incident was declared resolved").
    private static func isDeclaration(_ words: [String]) -> Bool {
        words.contains(where: declarationWords.contains) && !words.contains(where: restorationWords.contains)
    }

    private static let fullWords: Set<String> = ["fully", "full", "completely", "complete"]
    private static let declarationWords: Set<String> = ["declared", "closed", "closing"]
    private static let restorationWords: Set<String> = ["restored", "recovered", "back"]
}
