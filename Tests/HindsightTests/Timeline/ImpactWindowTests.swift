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
}
