import Testing
@testable import Hindsight
@testable import HindsightCore

/// The seed postmortem's timeline, as the issue specifies it: AM/PM repaired to one day,
/// one repair warning, and the metrics.
@Suite(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus"))
struct SeedTimelineTests {
    let incident: Incident

    init() throws {
        incident = try Corpus.seedIncident()
    }

    @Test func timesAreRepairedToOneDayInOrder() {
        #expect(incident.timeline.map { $0.time?.iso8601 } == [
            "2024-04-20T10:35:00+02:00", "2024-04-20T11:15:00+02:00", "2024-04-20T12:03:00+02:00", "2024-04-20T12:10:00+02:00",
            "2024-04-20T12:35:00+02:00", "2024-04-20T13:00:00+02:00", "2024-04-20T13:20:00+02:00", "2024-04-20T13:22:00+02:00",
        ])
        #expect(incident.timelineAnalysis.status == .repaired)
    }

    @Test func oneWarningSaysWhatWasAssumed() throws {
        let repairs = incident.diagnostics.filter { $0.rule == "timeline-repaired" }
        #expect(repairs.count == 1)
        let warning = try #require(repairs.first)
        #expect(warning.severity == .warning)
        #expect(warning.line == incident.timeline[0].line)
        #expect(warning.message.contains("“10:35 PM” as 10:35 AM"))
        #expect(warning.message.contains("“12:03AM” as 12:03 PM"))
    }

    @Test func phasesAndMetrics() {
        #expect(incident.timeline.map(\.phase) == [.start, .impact, .detect, .acknowledge, .mitigate, .mitigate, .mitigate, .resolve])
        let analysis = incident.timelineAnalysis
        #expect(analysis.moments.impactStart?.iso8601 == "2024-04-20T11:15:00+02:00")
        #expect(analysis.moments.detected?.iso8601 == "2024-04-20T12:03:00+02:00")
        #expect(analysis.moments.acknowledged?.iso8601 == "2024-04-20T12:10:00+02:00")
        #expect(analysis.moments.mitigated?.iso8601 == "2024-04-20T12:35:00+02:00")
        #expect(analysis.moments.resolved?.iso8601 == "2024-04-20T13:22:00+02:00")
        #expect(analysis.durationMinutes == 127)
        #expect(analysis.metrics.timeToDetect == 48)
        #expect(analysis.metrics.timeToAcknowledge == 7)
        #expect(analysis.metrics.timeToMitigate == 80)
        #expect(analysis.metrics.timeToResolve == 127)
    }

    /// "Lasted for 3 hours" measures the whole incident, 10:35 to 13:22 (167 minutes), not
    /// the impact window: within a quarter, so the repair is the seed's one warning.
    @Test func statedThreeHoursAgreesWithTheWholeTimeline() {
        #expect(incident.timelineAnalysis.statedDuration?.minutes == 180)
        #expect(incident.diagnostics.map(\.rule) == ["timeline-repaired"])
    }
}
