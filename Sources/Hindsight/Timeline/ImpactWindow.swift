/// When users started and stopped being hurt, read from a timeline's phases.
///
/// Impact began at the first impact event, else at the first detection (users were hurt by
/// the time anyone noticed). Where the two disagree and the prose states how long the
/// impact lasted, the reading that agrees with it wins: a monitoring alert can be the first
/// sign of what users saw, or a disk-watermark report can come long before they see errors.
///
/// Service was restored at the first restoration after that, unless it was only partly
/// restored and a later event says it was full ("fully restored"); a formal declaration
/// ("incident declared resolved") does not move it. An event that states a later time
/// for its restoration ("back to normal by 11:30") restores at that time.
struct ImpactWindow {
    var start: Instant?
    var end: Instant?

    init(_ timed: [TimedEntry], statedMinutes: Int?) {
        let starts = Self.candidateStarts(timed)
        let windows = starts.map { start in (start: start, end: Self.restoration(in: timed, from: start)) }
        let chosen: (start: Instant, end: Instant?)?
        if let statedMinutes, windows.count > 1, windows.allSatisfy({ $0.end != nil }) {
            chosen = windows.min { Self.gap($0, statedMinutes) < Self.gap($1, statedMinutes) }
        } else {
            chosen = windows.first
        }
        start = chosen?.start ?? timed.first?.time
        end = chosen?.end ?? start.flatMap { Self.restoration(in: timed, from: $0) }
    }

    /// The first impact event and the first detection, in that order of preference.
    private static func candidateStarts(_ timed: [TimedEntry]) -> [Instant] {
        let firsts = [Phase.impact, .detect].compactMap { phase in timed.first { $0.entry.phase == phase }?.time }
        return firsts.count == 2 && firsts[0] == firsts[1] ? [firsts[0]] : firsts
    }

    private static func gap(_ window: (start: Instant, end: Instant?), _ statedMinutes: Int) -> Int {
        abs(window.start.minutes(until: window.end!) - statedMinutes)
    }

    private static func restoration(in timed: [TimedEntry], from start: Instant) -> Instant? {
        let restorations = timed.filter { $0.entry.phase == .resolve && $0.time >= start }
        guard let first = restorations.first else { return nil }
        let full = Self.saysFull(first.entry.text) ? first
            : restorations.dropFirst().first { Self.saysFull($0.entry.text) && !Self.isDeclaration($0.entry.text) }
        let chosen = full ?? first
        return StatedRestorationTime.instant(in: chosen.entry.text, after: chosen.time) ?? chosen.time
    }

    private static func saysFull(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["fully", "full ", "completely", "complete", "all services", "all systems"].contains { lowered.contains($0) }
    }

    /// "Incident declared resolved", "incident closed": bookkeeping after the fact, unless
    /// it also reports the restoration ("fully restored, and the incident was declared resolved").
    private static func isDeclaration(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["declared", "closed", "closing"].contains { lowered.contains($0) }
            && !["restored", "recovered", "back online", "back to"].contains { lowered.contains($0) }
    }
}
