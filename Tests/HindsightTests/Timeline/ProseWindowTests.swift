import Testing
@testable import HindsightCore

/// A narrative with no timeline and no stated length: its timed sentences tell the window.
struct ProseWindowTests {
    static let narrative = """
        # Details of the March 3 outage

        On March 3, 2022, our edge network returned errors to some customers.

        At 14:42 UTC, a configuration change was deployed to our load balancers. At 14:45 UTC, the edge began \
        returning 502 errors for about 20% of requests. Our on-call engineer was paged at 14:49 UTC. At 15:10 UTC \
        we rolled back the change. By 15:30 UTC traffic was fully restored.
        """

    @Test func theNarrativesTimedSentencesBoundTheWindow() throws {
        let incident = Fixtures.incident(Self.narrative)
        #expect(incident.timeline.isEmpty)
        #expect(incident.timelineAnalysis.durationMinutes == 45)
        #expect(incident.timelineAnalysis.moments.impactStart?.localClock == "14:45")
        let provenance = try #require(incident.evidence[.durationMinutes]?.provenance)
        #expect(provenance.source == .text)
        #expect(provenance.detail.hasPrefix("from “14:45 UTC At 14:45 UTC, the edge began"))
    }

    @Test(arguments: [
        // No restoration told.
        "At 14:45 UTC the edge began returning 502 errors. At 15:10 UTC we rolled back the change.",
        // No sentence of users hurt.
        "At 14:42 UTC a change was deployed. By 15:30 UTC everything was back to normal.",
        // A length stated: it wins, as it does over a timeline's prose.
        "At 14:45 UTC the edge began returning errors. By 15:30 UTC traffic was restored. The outage lasted 50 minutes.",
    ])
    func otherwiseTheNarrativeTellsNoWindow(prose: String) {
        let analysis = Fixtures.incident("# Outage\n\n\(prose)\n").timelineAnalysis
        #expect(analysis.durationMinutes != 45)
    }

    @Test func aTimelineIsNotReplacedByTheNarrative() {
        let incident = Fixtures.incident(Self.narrative + "\n\n## Timeline\n\n- 16:50 - Errors seen again\n- 17:00 - Service restored\n")
        #expect(incident.timelineAnalysis.durationMinutes == 10)
    }
}
