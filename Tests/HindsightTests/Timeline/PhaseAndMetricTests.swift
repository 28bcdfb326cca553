import Testing
@testable import Hindsight
@testable import HindsightCore

/// Phases from keywords and position, key moments from front matter, metrics, and the
/// durations prose states.
struct PhaseAndMetricTests {
    @Test(arguments: [
        ("Deployed the new cache configuration", Phase.start),
        ("Website unreachable, users see 502 errors", .impact),
        ("PagerDuty alert fired for high latency", .detect),
        ("On-call engineer acknowledged the page", .acknowledge),
        ("Rolled back the deployment", .mitigate),
        ("Service restored, traffic back to normal", .resolve),
        ("Checked: service not restored yet", .other),
        ("Wrote the postmortem", .other),
        // Found in postmortems nobody tuned for.
        ("Restarting the services fixed the problem.", .resolve),
        ("Resolution", .resolve),
        ("The site was failing again.", .impact),
        ("The website was up again", .resolve),
        ("Request returned a 200 HTTP status code", .resolve),
        ("DiscoveryApi deployed to production", .start),
        ("Some users opened a ticket: they couldn't sign in", .impact),
        ("The resolution was verified internally", .resolve),
        ("Prow is once again merging at its usual rate", .resolve),
        ("Brings up 55 nodes with 500 GB disks", .other),
        ("Most validators are signing again", .mitigate),
    ])
    func phaseFromKeywords(text: String, phase: Phase) {
        let entries = [TimelineEntry(rawTime: "09:00", text: "Coffee", line: 1), TimelineEntry(rawTime: "10:00", text: text, line: 2)]
        #expect(PhaseClassifier.phases(of: entries)[1] == phase)
    }

    /// A phase comes from what an entry says, not from where it stands.
    @Test func theFirstEventIsTheTriggerOnlyWhenItSaysSo() {
        let entries = [TimelineEntry(rawTime: "09:00", text: "Ticket 42 merged by Sam", line: 1),
                       TimelineEntry(rawTime: "09:10", text: "Nothing to see", line: 2)]
        #expect(PhaseClassifier.phases(of: entries) == [.start, .other])
        let reply = [TimelineEntry(rawTime: "09:00", text: "The registrar replies to our email", line: 1),
                     TimelineEntry(rawTime: "09:10", text: "Site down", line: 2)]
        #expect(PhaseClassifier.phases(of: reply) == [.other, .impact])
    }

    /// The SRE template's marks, and the like, draw the window whatever else the entry says.
    @Test(arguments: [
        ("DNS changes take effect. 80% of requests fail. <START OF OUTAGE>", Phase.impact),
        ("OUTAGE BEGINS -- Server is serving 500 Internal Server Error", .impact),
        ("OUTAGE MITIGATED, serving the right page to all users", .mitigate),
        ("OUTAGE ENDS, all traffic balanced across all clusters", .resolve),
        ("DNS configuration changes take effect. <END OF OUTAGE>", .resolve),
        ("Forward roll with the correct version. <END OF SEMVER OUTAGE>", .resolve),
        ("Impact ended as the cache warmed", .resolve),
        ("INCIDENT ENDS, reached exit criterion", .other),
    ])
    func marksOfTheOutageWindow(text: String, phase: Phase) {
        #expect(PhaseClassifier.phase(of: text) ?? .other == phase)
    }

    @Test(arguments: [
        ("The mailing list is notified", Phase.other),
        ("Status update posted for customers", .other),
        ("Oncall first pinged", .acknowledge),
    ])
    func tellingPeopleIsNotAPhaseAndBeingPingedIsAcknowledging(text: String, phase: Phase) {
        #expect(PhaseClassifier.phase(of: text) ?? .other == phase)
    }

    static let timeline = """
        # Outage

        On 2024-04-20.

        ## Timeline

        - 10:00 - Config change deployed
        - 10:05 - Users see errors
        - 10:20 - Alert fired
        - 10:25 - On-call acknowledged
        - 10:40 - Rolled back
        - 11:05 - Service restored
        """

    @Test func metricsCountFromImpact() {
        let analysis = Fixtures.incident(Self.timeline).timelineAnalysis
        #expect(analysis.metrics.timeToDetect == 15)
        #expect(analysis.metrics.timeToAcknowledge == 5)
        #expect(analysis.metrics.timeToMitigate == 35)
        #expect(analysis.metrics.timeToResolve == 60)
        #expect(analysis.durationMinutes == 60)
    }

    /// A report before the outage the author marked ("News reports a new sonnet", then
    /// "OUTAGE BEGINS") is not its detection: detection is the first after impact began.
    @Test func detectionIsTheFirstAfterImpactBegan() {
        let analysis = Fixtures.incident("""
            # Search outage

            ## Timeline

            - 14:51 News reports that a new sonnet has been discovered
            - 14:54 OUTAGE BEGINS: search backends start melting down under load
            - 14:55 docbrown receives pager storm
            - 15:36 OUTAGE MITIGATED, new index deployed
            - 16:00 OUTAGE ENDS, all traffic back to normal
            """).timelineAnalysis
        #expect(analysis.metrics.timeToDetect == 1)
        #expect(analysis.metrics.timeToMitigate == 42)
        #expect(analysis.durationMinutes == 66)
    }

    @Test func frontMatterMomentsWin() {
        let incident = Fixtures.incident("---\ndetected_at: 2024-04-20 10:10\nresolved_at: \"11:35\"\n---\n" + Self.timeline)
        #expect(incident.timelineAnalysis.moments.detected?.iso8601 == "2024-04-20T10:10:00+00:00")
        #expect(incident.timelineAnalysis.metrics.timeToDetect == 5)
        #expect(incident.timelineAnalysis.durationMinutes == 90)
    }

    @Test func impactBeginsAtDetectionWhenNoEventSaysSo() {
        let markdown = "# Outage\n\n## Timeline\n\n- 10:00 - Deploy\n- 10:30 - Alert fired\n- 11:00 - Service restored\n"
        #expect(Fixtures.incident(markdown).timelineAnalysis.durationMinutes == 30)
    }

    @Test(arguments: [
        ("The outage lasted for 3 hours.", 180),
        ("Users were affected for about 45 minutes.", 45),
        ("The site was down from 10:35 to 13:22.", 167),
        ("Duration of Outage: 1 hour and 30 minutes", 90),
        ("It lasted approximately 2 and half hours.", 150),
        ("The outage occurred between 08:00 and 11:30 AM.", 210),
        ("Downtime from 11:00 PM to 1:00 AM", 120),
        ("Duration: May 8th 2024, 10 AM - May 9th 2024 12 PM", 1560),
    ])
    func durationsStatedInProse(sentence: String, minutes: Int) {
        let incident = Fixtures.incident("# Outage\n\n\(sentence)\n")
        #expect(incident.timelineAnalysis.statedDuration?.minutes == minutes)
        #expect(incident.timelineAnalysis.durationMinutes == minutes)
    }

    @Test func statedDurationWithinAQuarterIsNotAWarning() {
        let close = Fixtures.incident("# Outage\n\nThe outage lasted about 70 minutes.\n\n" + Self.timeline.dropFirst(10))
        let far = Fixtures.incident("# Outage\n\nThe outage lasted about 2 hours.\n\n" + Self.timeline.dropFirst(10))
        #expect(!close.diagnostics.contains { $0.rule == "duration-mismatch" })
        #expect(far.diagnostics.contains { $0.rule == "duration-mismatch" && $0.line == 3 })
        #expect(far.timelineAnalysis.durationMinutes == 60)
    }
}
