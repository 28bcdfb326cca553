import HindsightCore

/// The chart's text summary (`<desc>`): how many events over what span, the impact window
/// and the key moments, in the timeline's zone.
struct TimelineDescription {
    let incident: Incident
    let byOrderOnly: Bool

    var text: String {
        let entries = incident.timeline
        let count = entries.count == 1 ? "1 event" : "\(entries.count) events"
        let times = entries.compactMap(\.time)
        guard !byOrderOnly, let first = times.min(), let last = times.max() else {
            return "\(count) in the order written; their times could not be read, so they are evenly spaced."
        }
        let analysis = incident.timelineAnalysis
        let day = first.isDated ? first.localDate.map { " on \($0)" } ?? "" : ""
        var sentences = ["\(count)\(day) from \(clock(first, after: first)) to \(clock(last, after: first)) (\(analysis.zone.label))."]
        let moments = analysis.moments
        if let start = moments.impactStart, let end = moments.resolved {
            sentences.append("Impact from \(clock(start, after: first)) to \(clock(end, after: first)), \(DurationText.minutes(start.minutes(until: end))).")
        }
        let steps = [("detected", moments.detected), ("acknowledged", moments.acknowledged),
                     ("mitigation from", moments.mitigated), ("resolved", moments.resolved)]
            .compactMap { name, time in time.map { "\(name) \(clock($0, after: first))" } }
        if !steps.isEmpty {
            let sentence = steps.joined(separator: ", ")
            sentences.append(sentence.prefix(1).uppercased() + sentence.dropFirst() + ".")
        }
        return sentences.joined(separator: " ")
    }

    /// `10:35`, with its day when that is not the first event's: `2024-04-21 01:10`.
    private func clock(_ instant: Instant, after first: Instant) -> String {
        guard instant.isDated, let day = instant.localDate, day != first.localDate else { return instant.localClock }
        return "\(day) \(instant.localClock)"
    }
}
