import Testing
@testable import HindsightCore

/// Days written without their year in a timeline's time column take the incident's year,
/// and a range of days is a day without a time (its first day), not an unreadable time.
struct MonthDayTests {
    @Test(arguments: [
        ("Apr 3, 09:10", "2024-04-03T09:10:00+00:00"),
        ("January 10, 7:00 AM", "2024-01-10T07:00:00+00:00"),
        ("3 April 14:00", "2024-04-03T14:00:00+00:00"),
        ("15th of May", "2024-05-15"),
        ("Apr 3–21", "2024-04-03"),
        ("April 18-19", "2024-04-18"),
    ])
    func yearlessDaysTakeTheIncidentsYear(raw: String, expected: String) {
        #expect(TimeInterpretationTests.iso(TimeInterpretationTests.incident([raw])) == [expected])
    }

    @Test func aRangeOfDaysIsNoWarning() {
        let incident = TimeInterpretationTests.incident(["Apr 3, 09:10", "Apr 3–21", "Apr 22, 11:02", "12:17"], date: "2025-04-22")
        #expect(TimeInterpretationTests.iso(incident) == [
            "2025-04-03T09:10:00+00:00", "2025-04-03", "2025-04-22T11:02:00+00:00", "2025-04-22T12:17:00+00:00",
        ])
        #expect(incident.diagnostics.isEmpty, "\(incident.diagnostics.map(\.message))")
    }

    @Test func withoutAnIncidentDayTheClockStillReads() {
        let markdown = "# Outage\n\n## Timeline\n\n- May 5, 10:00 - Site down\n- May 5, 10:40 - Service restored\n"
        #expect(Fixtures.incident(markdown).timelineAnalysis.durationMinutes == 40)
    }
}
