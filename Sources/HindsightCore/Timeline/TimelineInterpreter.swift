/// Turns a timeline's times as written into instants: reads each, gives it a zone (its own,
/// else the timeline's) and a day (its own, else its day line's, else the incident's, moving
/// past midnight when the clock goes back), and repairs AM/PM mix-ups, saying what it assumed
/// in a warning and on each entry it repaired (`readAs`).
enum TimelineInterpreter {
    struct Outcome: Sendable {
        var entries: [TimelineEntry]
        var repairs: Int
        var zone: Zone
        var diagnostics: [Diagnostic]
    }

    static func interpret(_ entries: [TimelineEntry], clues: TimelineClues) -> Outcome {
        let (zone, zoneDiagnostics) = clues.timelineZone()
        let written = entries.map { clues.completing(TimeGrammar.reading(of: $0.rawTime), day: $0.day) }
        let placeable = written.map { PlaceableTime($0, zone: $0.zone?.zone ?? zone) }
        let readable = placeable.indices.filter { placeable[$0] != nil }
        let reading = ChronologicalReading.read(readable.map { placeable[$0]! }, day: clues.day)
        var timed = entries
        for (index, choice) in zip(readable, reading.choices) {
            timed[index].time = choice.instant
            if choice.departure != nil { timed[index].readAs = choice.reading?.written }
        }
        let swapped = zip(readable, reading.choices).compactMap { index, choice in
            choice.departure.map { (entries[index], choice.reading, $0) }
        }
        let diagnostics = zoneDiagnostics
            + unknownZones(entries, written, clues)
            + repairWarning(swapped, clues)
            + unreadableWarning(entries.indices.filter { placeable[$0] == nil }.map { entries[$0] }, clues)
            + disorderWarning(reading.disorder, entries.first, clues)
        return Outcome(entries: timed, repairs: reading.repairs, zone: zone, diagnostics: diagnostics)
    }

    /// The instants a window the prose states runs between ("Start: 2023-04-02 08:14 UTC",
    /// "between 13:17 and 14:18"), placed as a timeline's two entries would be: on their
    /// days, else the incident's, in their zone, else the timeline's. Nil unless both have
    /// a clock and they measure what the window states.
    static func instants(of window: StatedWindow, clues: TimelineClues) -> (start: Instant, end: Instant)? {
        let zone = clues.timelineZone().zone
        let written = [window.start, window.end].map { clues.completing($0, day: nil) }
        let placeable = written.compactMap { PlaceableTime($0, zone: $0.zone?.zone ?? zone) }
        guard placeable.count == 2, written.allSatisfy({ $0.clock != nil }) else { return nil }
        let choices = ChronologicalReading.read(placeable, day: clues.day).choices
        guard choices.count == 2, choices.allSatisfy({ $0.departure == nil }),
              choices[0].instant.minutes(until: choices[1].instant) == window.minutes
        else { return nil }
        return (choices[0].instant, choices[1].instant)
    }

    private static func unknownZones(_ entries: [TimelineEntry], _ written: [WrittenTime], _ clues: TimelineClues) -> [Diagnostic] {
        var reported: Set<String> = []
        return zip(entries, written).compactMap { entry, time in
            guard let mention = time.zone, mention.zone == nil, reported.insert(mention.text).inserted else { return nil }
            return clues.unknownZone(mention.text, line: entry.line)
        }
    }

    private static func repairWarning(_ repaired: [(entry: TimelineEntry, reading: ClockTime?, departure: ChronologicalReading.Departure)],
                                      _ clues: TimelineClues) -> [Diagnostic] {
        guard let first = repaired.first else { return [] }
        let readings = repaired.map { "“\($0.entry.rawTime)” as \($0.reading?.written ?? "?")" }.joined(separator: ", ")
        let assumptions = [
            repaired.contains { $0.departure == .swapped } ? "AM and PM were mixed up" : nil,
            repaired.contains { $0.departure == .afternoon } ? "times written without AM or PM were in the afternoon" : nil,
        ].compactMap { $0 }.joined(separator: " and ")
        return [Diagnostic(file: clues.file, line: first.entry.line, severity: .warning, rule: "timeline-repaired",
                           message: "timeline times are out of order as written; assumed \(assumptions) and read \(readings), the reading that keeps the events in order over the shortest span")]
    }

    private static func unreadableWarning(_ unreadable: [TimelineEntry], _ clues: TimelineClues) -> [Diagnostic] {
        guard let first = unreadable.first else { return [] }
        let count = unreadable.count == 1 ? "1 timeline entry" : "\(unreadable.count) timeline entries"
        return [Diagnostic(file: clues.file, line: first.line, severity: .warning, rule: "timeline-uninterpretable",
                           message: "could not read the time of \(count) (first: “\(first.rawTime)”); the chart places \(unreadable.count == 1 ? "it" : "them") by order only")]
    }

    private static func disorderWarning(_ disorder: Int, _ first: TimelineEntry?, _ clues: TimelineClues) -> [Diagnostic] {
        guard disorder > 0, let first else { return [] }
        return [Diagnostic(file: clues.file, line: first.line, severity: .warning, rule: "timeline-out-of-order",
                           message: "\(disorder) dated timeline \(disorder == 1 ? "entry comes" : "entries come") before the entry above; kept as written")]
    }
}
