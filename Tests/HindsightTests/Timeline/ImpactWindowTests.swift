import Testing
@testable import HindsightCore

/// Which timeline events bound the impact: the first user-visible symptom (or the first
/// detection), the restoration rather than the bookkeeping after it.
struct ImpactWindowTests {
    /// An incident whose prose says `prose` and whose timeline is `rows` (`time | event`).
    static func analysis(_ rows: [(String, String)], prose: String = "") -> TimelineAnalysis {
        let list = rows.map { "- \($0.0) - \($0.1)" }.joined(separator: "\n")
        return Fixtures.incident("# Outage\n\nOn 2024-04-20.\n\n\(prose)\n\n## Timeline\n\n\(list)\n").timelineAnalysis
    }

    static func clock(_ instant: Instant?) -> String? { instant?.localClock }

    @Test func impactBeginsAtTheFirstSymptomNotTheTrigger() {
        let analysis = Self.analysis([("09:50", "New release deployed"), ("09:58", "Users see 502 errors"),
                                      ("10:05", "Alert fired"), ("10:40", "Service restored")])
        #expect(Self.clock(analysis.moments.impactStart) == "09:58")
        #expect(analysis.durationMinutes == 42)
    }

    /// The opening may know impact began before the timeline's first alert: it moves the
    /// start back, by an hour at most, and not past a start the timeline marks.
    @Test func theOpeningTellsWhenImpactBeganBeforeTheFirstAlert() throws {
        let rows = [("14:02", "Alert fires for checkout error rate"), ("14:35", "Rollback complete, checkout recovered")]
        let told = Self.analysis(rows, prose: "Starting at 13:50 UTC, customers could not complete checkout.")
        #expect(Self.clock(told.moments.impactStart) == "13:50")
        #expect(told.durationMinutes == 45)
        // "7:30" without AM or PM before a "7:37 PM" timeline is in the evening.
        let evening = Self.analysis([("7:37 PM", "Engineers find nginx not running"), ("7:57 PM", "The site is back online")],
                                    prose: "At approximately 7:30, the web server went down.")
        #expect(evening.durationMinutes == 27)
        let incident = Fixtures.incident("# Outage\n\nStarting at 13:50 UTC, customers could not complete checkout.\n\n"
            + "## Timeline\n\n- 14:02 - Alert fires\n- 14:35 - Checkout recovered\n")
        let provenance = try #require(incident.evidence[.start]?.provenance)
        #expect(provenance == Provenance(.stated, line: 3, detail: "the time the opening says impact began"))
    }

    @Test(arguments: [
        // The cause, hours before: not when users were hurt.
        "A deploy at 09:00 caused errors later that day.",
        // Not impact: a detection.
        "At 13:50 UTC, our monitoring alerted on checkout errors.",
        // After the timeline's start: it moves nothing.
        "At 14:10 UTC customers could not check out.",
    ])
    func otherOpeningTimesLeaveTheStart(prose: String) {
        let analysis = Self.analysis([("14:02", "Alert fires for checkout error rate"), ("14:35", "Checkout recovered")], prose: prose)
        #expect(Self.clock(analysis.moments.impactStart) == "14:02")
    }

    @Test func aMarkedStartIsNotMovedByTheOpening() {
        let analysis = Self.analysis([("14:02", "OUTAGE BEGINS"), ("14:35", "Checkout recovered")],
                                     prose: "Starting at 13:50 UTC, customers could not complete checkout.")
        #expect(Self.clock(analysis.moments.impactStart) == "14:02")
    }

    @Test func aMarkedWindowRunsFromTheFirstStartMarkToTheLastEndMark() {
        let analysis = Self.analysis([
            ("09:00", "Release cut. START OF OUTAGE"), ("09:30", "Users report errors"), ("10:00", "Service restored"),
            ("11:00", "Version fixed. END OF SEMVER OUTAGE"), ("12:00", "Plugins uploaded. END OF GRADLE ERROR OUTAGE"),
            ("13:00", "Postmortem written"),
        ])
        #expect(Self.clock(analysis.moments.impactStart) == "09:00")
        #expect(analysis.durationMinutes == 180)
    }

    @Test func aWindowMarkedAtOneEndTakesItsOtherEndFromThePhases() {
        let endMarked = Self.analysis([("09:00", "Users see 502 errors"), ("09:40", "Service restored"), ("10:00", "END OF OUTAGE")])
        #expect(endMarked.durationMinutes == 60)
        let startMarked = Self.analysis([("08:50", "Alert fired for errors"), ("09:00", "OUTAGE BEGINS"), ("09:40", "Service restored")])
        #expect(startMarked.durationMinutes == 40)
    }

    @Test func theStatedDurationChoosesBetweenDetectionAndSymptom() {
        let rows = [("17:38", "Node 4 reports disk watermark high"), ("17:44", "Search p99 rises to 3.4 s"),
                    ("18:36", "Error rate back to its usual 0.2%")]
        #expect(Self.analysis(rows, prose: "The outage lasted 52 minutes.").durationMinutes == 52)
        let alertFirst = [("14:00", "Alert fired for high response times"), ("15:30", "Database pool exhausted, requests failing"),
                          ("16:30", "Full functionality restored")]
        #expect(Self.analysis(alertFirst, prose: "Duration: 14:00 to 16:30").durationMinutes == 150)
        #expect(Self.analysis(alertFirst, prose: "The outage lasted an hour.").durationMinutes == 60)
    }

    /// A check that finds a component healthy while the site is still down rules out a
    /// cause; service is back at the restoration after the fix.
    @Test func aComponentFoundHealthyBeforeTheFixIsNotTheRestoration() {
        let ruledOut = [("17:30", "Alerts for checkout errors"), ("17:40", "The payment provider confirmed their service was operational"),
                        ("19:00", "Connection pool fixed"), ("20:00", "Checkout functionality restored")]
        #expect(Self.analysis(ruledOut).durationMinutes == 150)
        // With no restoration after the fix, the earlier one still counts.
        let revertedLater = [("08:24", "Users see errors"), ("09:00", "All systems verified operational"),
                             ("12:00", "A pipeline reverts the changes")]
        #expect(Self.analysis(revertedLater).durationMinutes == 36)
    }

    /// A summary's window that ends at the timeline's restoration says when users were first
    /// hurt, before the timeline's first alert; one that begins later, or ends elsewhere, does not.
    @Test func aStatedWindowEndingAtTheRestorationBeginsImpactEarlier() {
        let rows = [("10:05 am", "The problem was detected"), ("10:10 am", "Logs checked"), ("10:20 am", "The system was put back online")]
        let earlier = Self.analysis(rows, prose: "Between 09:00 AM and 10:20 AM, the site returned errors to users.")
        #expect(Self.clock(earlier.moments.impactStart) == "09:00")
        #expect(earlier.durationMinutes == 80)
        let startsLater = Self.analysis(rows, prose: "The site was down from 10:10 AM to 10:20 AM.")
        #expect(startsLater.durationMinutes == 15)
        let endsElsewhere = Self.analysis(rows, prose: "The site was down from 09:00 AM to 11:20 AM.")
        #expect(endsElsewhere.durationMinutes == 15)
    }

    /// An entry that looks back to when the trouble began starts the window, wherever the
    /// timeline lists it.
    @Test func impactBeginsAtTheEarliestSymptomEvenListedLater() {
        let rows = [("2018-03-30 11:00", "Alert fired: no updates on the dashboard"),
                    ("2018-03-27 14:55", "Logs show the first errors reported by the updater"),
                    ("2018-03-30 12:30", "Normal service resumed")]
        #expect(Self.analysis(rows).durationMinutes == 4175)
    }

    /// A table with the day and the clock in columns of their own measures by both; days
    /// alone measure nothing (0 minutes from a day to the same day would be a guess as fact).
    @Test func aDateColumnGivesTheDayAndTheTimeColumnTheClock() {
        let table = Fixtures.incident("""
            # Outage

            ## Timeline

            | Date | Time (UTC) | Event |
            |---|---|---|
            | 2024-03-05 | 23:50 | Error rate alert fires |
            | 2024-03-06 | 00:19 | Error rate back to normal |
            """)
        #expect(table.timeline.map(\.rawTime) == ["23:50", "00:19"])
        #expect(table.timelineAnalysis.durationMinutes == 29)
        let daysOnly = Self.analysis([("2024-03-05", "Error rate alert fires"), ("2024-03-05", "Error rate back to normal")])
        #expect(daysOnly.durationMinutes == nil)
    }

    /// A rollback to "a stable version" is the fix, not service back.
    @Test func aStableVersionIsWhereARollbackGoesNotARestoration() {
        let rows = [("10:30", "Alert for high error rates"), ("12:15", "Rolled back the deployment to a stable version"),
                    ("12:30", "Database connections stabilized")]
        #expect(Self.analysis(rows).durationMinutes == 120)
    }

    /// Users were hurt by the time an alert named the problem, even when the entry that says
    /// so in words comes later.
    @Test func impactBeginsNoLaterThanTheFirstDetectionOfAProblem() {
        let alertFirst = [("14:00", "Alert fired for high response times"), ("15:30", "Database pool exhausted, requests failing"),
                          ("16:30", "Full functionality restored")]
        #expect(Self.analysis(alertFirst).durationMinutes == 150)
        let noticedNothingWrong = [("04:00", "Karpenter noticed that a new version was available"),
                                   ("04:45", "Availability drops, requests failing"), ("09:15", "Service restored")]
        #expect(Self.analysis(noticedNothingWrong).durationMinutes == 270)
        let goodNews = [("19:47", "Hypha reports previously failing tests pass"), ("01:17", "First validator reports an apphash"),
                        ("03:08", "Most validators are signing again"), ("14:47", "All validators appear to be signing again")]
        #expect(Self.analysis(goodNews).durationMinutes == 810)
    }

    @Test func restorationNotTheClosing() {
        let analysis = Self.analysis([("08:00", "Alert fired"), ("08:28", "Error rate under 0.1%. Incident moved to monitoring."),
                                      ("09:15", "Incident closed.")])
        #expect(Self.clock(analysis.moments.resolved) == "08:28")
    }

    @Test func aFullRestorationWinsOverAPartialOneButNotOverTheDeclaration() {
        let partial = Self.analysis([("09:32", "Outage detected by monitoring"), ("10:20", "Service restored for most users"),
                                     ("10:47", "Full system restoration confirmed")])
        #expect(Self.clock(partial.moments.resolved) == "10:47")
        let declared = Self.analysis([("12:15", "Users see timeouts"), ("15:30", "Normal operations were restored"),
                                      ("16:00", "Incident declared resolved, all systems at full capacity")])
        #expect(Self.clock(declared.moments.resolved) == "15:30")
        let restoredAndDeclared = Self.analysis([("13:00", "Users complain about errors"), ("15:00", "The application was restored"),
                                                 ("15:30", "Fully restored, and the incident was declared resolved")])
        #expect(Self.clock(restoredAndDeclared.moments.resolved) == "15:30")
    }

    @Test func aRestorationTimeStatedInTheEntryCounts() {
        let analysis = Self.analysis([("10:00", "Alert fired for high latency"),
                                      ("11:00", "The platform returned to normal operations by 11:30 AM.")])
        #expect(Self.clock(analysis.moments.resolved) == "11:30")
        #expect(analysis.durationMinutes == 90)
    }

    /// With no timeline, the window the text states is when users were hurt: its ends are
    /// the incident's start and end, and say they were stated.
    @Test func aStatedWindowIsTheImpactWindowWhenThereIsNoTimeline() {
        let incident = Fixtures.incident("""
            # Redis eviction storm

            **Start:** 2023-04-02 08:14 UTC
            **End:** 2023-04-02 09:02 UTC

            The cache evicted hot keys and the API slowed down for everyone.
            """)
        let moments = incident.timelineAnalysis.moments
        #expect(moments.impactStart?.localDate?.description == "2023-04-02")
        #expect(Self.clock(moments.impactStart) == "08:14")
        #expect(Self.clock(moments.resolved) == "09:02")
        #expect(incident.timelineAnalysis.durationMinutes == 48)
        #expect(incident.evidence[.start]?.provenance.source == .stated)
        #expect(incident.evidence[.end]?.provenance.source == .stated)
        #expect(incident.evidence[.durationMinutes]?.provenance.detail == "the window the text states")
    }

    /// A length alone places nothing: the incident's start and end stay unknown.
    @Test func aStatedLengthAlonePlacesNoWindow() {
        let incident = Fixtures.incident("# Slow search\n\nThe outage lasted 45 minutes.\n")
        #expect(incident.timelineAnalysis.durationMinutes == 45)
        #expect(incident.timelineAnalysis.moments.impactStart == nil)
        #expect(incident.timelineAnalysis.moments.resolved == nil)
    }
}
