import Foundation
import Testing
@testable import HindsightCore
@testable import HindsightRender

/// Reading timeline times: every shape the corpus uses, zones, days and midnight.
struct TimeInterpretationTests {
    /// A document with a dated timeline table whose time column is `header`.
    static func incident(_ times: [String], header: String = "Time", frontMatter: String = "", date: String = "2024-04-20",
                         timezone: String = "UTC") -> Incident {
        let rows = times.enumerated().map { "| \($1) | Event \($0 + 1) |" }.joined(separator: "\n")
        let markdown = frontMatter + "# Outage\n\nOn \(date) the site went down.\n\n| \(header) | Event |\n| --- | --- |\n\(rows)\n"
        return IncidentExtractor.extract(Fixtures.parsed(markdown), timezone: timezone)
    }

    static func iso(_ incident: Incident) -> [String?] { incident.timeline.map { $0.time?.iso8601 } }

    @Test(arguments: [
        ("10:35 PM", "2024-04-20T22:35:00+00:00"),
        ("11:15AM", "2024-04-20T11:15:00+00:00"),
        ("12:03AM", "2024-04-20T00:03:00+00:00"),
        ("1:22 p.m.", "2024-04-20T13:22:00+00:00"),
        ("13:22", "2024-04-20T13:22:00+00:00"),
        ("13h22", "2024-04-20T13:22:00+00:00"),
        ("10.35", "2024-04-20T10:35:00+00:00"),
        ("18:50:28", "2024-04-20T18:50:28+00:00"),
        ("7 PM", "2024-04-20T19:00:00+00:00"),
        ("1506 UTC", "2024-04-20T15:06:00+00:00"),
        ("2024-04-21 12:03", "2024-04-21T12:03:00+00:00"),
        ("April 21, 2024 10:35 AM", "2024-04-21T10:35:00+00:00"),
        ("21/04/2024 10:35", "2024-04-21T10:35:00+00:00"),
        ("2024-04-21T12:03:00Z", "2024-04-21T12:03:00+00:00"),
        ("2024-04-21T12:03:00+02:00", "2024-04-21T12:03:00+02:00"),
        ("2024-04-21T12:03-0530", "2024-04-21T12:03:00-05:30"),
        ("10:35 - 10:50", "2024-04-20T10:35:00+00:00"),
        ("2024-04-22", "2024-04-22"),
        ("Jan 27th 2025, 18:50:28 UTC (block 24154245)", "2025-01-27T18:50:28+00:00"),
    ])
    func readsEachShape(raw: String, expected: String) {
        #expect(Self.iso(Self.incident([raw])) == [expected])
    }

    @Test func unreadableTimesAreReportedAndLeftWithoutATime() {
        let incident = Self.incident(["10:00", "Step 2", "11:00"])
        #expect(Self.iso(incident) == ["2024-04-20T10:00:00+00:00", nil, "2024-04-20T11:00:00+00:00"])
        #expect(incident.timelineAnalysis.status == .partial)
        let warning = incident.diagnostics.first { $0.rule == "timeline-uninterpretable" }
        #expect(warning?.line == incident.timeline[1].line)
    }

    @Test func zoneInTheCellWinsOverTheHeader() {
        let incident = Self.incident(["06:51 PST", "15:00"], header: "Time (UTC)")
        #expect(Self.iso(incident) == ["2024-04-20T06:51:00-08:00", "2024-04-20T15:00:00+00:00"])
    }

    @Test(arguments: [("Time (GMT + 2)", "+02:00"), ("Time (UTC)", "+00:00"), ("Time (EAT)", "+03:00"),
                      ("Time PST", "-08:00"), ("Time (UTC-5)", "-05:00"), ("Date (UTC+05:30)", "+05:30")])
    func zoneFromTheColumnHeader(header: String, offset: String) {
        #expect(Self.iso(Self.incident(["10:00"], header: header)) == ["2024-04-20T10:00:00" + offset])
    }

    @Test func zoneFromFrontMatterFollowsDaylightSavingTime() {
        let summer = Self.incident(["10:00"], frontMatter: "---\ntimezone: Europe/Paris\n---\n")
        let winter = Self.incident(["10:00"], frontMatter: "---\ntimezone: Europe/Paris\n---\n", date: "2024-01-20")
        #expect(Self.iso(summer) == ["2024-04-20T10:00:00+02:00"])
        #expect(Self.iso(winter) == ["2024-01-20T10:00:00+01:00"])
    }

    @Test func siteDefaultZoneAppliesWhenTheDocumentNamesNone() {
        #expect(Self.iso(Self.incident(["10:00"], timezone: "UTC-5")) == ["2024-04-20T10:00:00-05:00"])
    }

    @Test func unknownZoneIsReportedNotGuessed() {
        let incident = Self.incident(["10:00"], header: "Time (UST)", timezone: "CET")
        #expect(Self.iso(incident) == ["2024-04-20T10:00:00+01:00"])
        let warning = incident.diagnostics.first { $0.rule == "timezone-unknown" }
        #expect(warning?.message.contains("UST") == true)
        #expect(warning?.message.contains("CET") == true)
    }

    @Test func crossingMidnightMovesToTheNextDay() {
        let incident = Self.incident(["23:50", "00:10", "01:30"])
        #expect(Self.iso(incident) == ["2024-04-20T23:50:00+00:00", "2024-04-21T00:10:00+00:00", "2024-04-21T01:30:00+00:00"])
        #expect(!incident.diagnostics.contains { $0.rule == "timeline-repaired" })
    }

    /// "(next day)" on every time after midnight is one day after the timeline's first, not
    /// one more day each time.
    @Test func everyTimeMarkedNextDayIsOnTheSameNextDay() {
        let incident = Self.incident(["23:10", "23:25", "00:40 (next day)", "01:05 (next day)"])
        #expect(Self.iso(incident) == [
            "2024-04-20T23:10:00+00:00", "2024-04-20T23:25:00+00:00", "2024-04-21T00:40:00+00:00", "2024-04-21T01:05:00+00:00",
        ])
    }

    /// "Day 1", "Day 2" count the incident's days from its first.
    @Test func numberedDaysCountFromTheFirst() {
        let incident = Self.incident(["Day 1, 23:10", "Day 1, 23:20", "Day 2, 01:15"])
        #expect(Self.iso(incident) == ["2024-04-20T23:10:00+00:00", "2024-04-20T23:20:00+00:00", "2024-04-21T01:15:00+00:00"])
        #expect(incident.timeline.map(\.rawTime) == ["Day 1, 23:10", "Day 1, 23:20", "Day 2, 01:15"])
    }

    /// Each entry whose AM and PM were swapped says how it was read; the others, read as
    /// written, say nothing, in the model and in `incidents.json`.
    @Test func repairedEntriesSayHowTheyWereRead() throws {
        let incident = Self.incident(["10:35 PM", "11:15AM", "12:03AM", "01:00PM"])
        #expect(Self.iso(incident) == ["2024-04-20T10:35:00+00:00", "2024-04-20T11:15:00+00:00", "2024-04-20T12:03:00+00:00",
                                       "2024-04-20T13:00:00+00:00"])
        #expect(incident.timeline.map(\.readAs) == ["10:35 AM", nil, "12:03 PM", nil])
        let entry = try JSONSerialization.jsonObject(with: Data(IncidentsJSON.entry(incident))) as? [String: Any]
        let timeline = try #require(entry?["timeline"] as? [[String: Any]])
        #expect(timeline.map { $0["read_as"] as? String } == ["10:35 AM", nil, "12:03 PM", nil])
        #expect(timeline[1]["read_as"] is NSNull)
        #expect(Self.incident(["10:00", "11:00"]).timeline.allSatisfy { $0.readAs == nil })
    }

    @Test func overnightTwelveHourTimesKeepTheirReading() {
        let incident = Self.incident(["11:50 PM", "12:10 AM"])
        #expect(Self.iso(incident) == ["2024-04-20T23:50:00+00:00", "2024-04-21T00:10:00+00:00"])
        #expect(incident.timelineAnalysis.status == .interpreted)
    }

    @Test func timesInOrderAsWrittenAreNeverSwappedToShortenTheSpan() {
        let incident = Self.incident(["March 14, 2024, 10:15 AM", "March 15, 2024, 12:30 PM"])
        #expect(Self.iso(incident) == ["2024-03-14T10:15:00+00:00", "2024-03-15T12:30:00+00:00"])
        #expect(incident.timelineAnalysis.status == .interpreted)
    }

    @Test func dayFromTheRowThenCarriedToLaterRows() {
        let incident = Self.incident(["2024-05-01 22:00", "23:30", "01:00"])
        #expect(Self.iso(incident) == ["2024-05-01T22:00:00+00:00", "2024-05-01T23:30:00+00:00", "2024-05-02T01:00:00+00:00"])
    }

    @Test func timesWithoutAnyDayHaveNoISOFormButStillMeasure() {
        let markdown = "# Outage\n\n## Timeline\n\n- 10:00 - Site down\n- 10:45 - Service restored\n"
        let incident = Fixtures.incident(markdown)
        #expect(incident.timeline.map { $0.time?.iso8601 } == [nil, nil])
        #expect(incident.timelineAnalysis.durationMinutes == 45)
    }

    @Test func timelineHeadingNamesTheZoneOfAList() {
        let markdown = "# Outage\n\nOn 2024-04-20.\n\n## Timeline (PDT)\n\n- 10:00 - Site down\n"
        #expect(Fixtures.incident(markdown).timeline.first?.time?.iso8601 == "2024-04-20T10:00:00-07:00")
    }

    @Test(arguments: [
        ("## Timeline\n\nAll times in CET.\n\n- 10:00 - Site down\n", "+01:00"),
        ("Authors: Ann\n\nAll times PDT.\n\n## Timeline\n\n- 10:00 - Site down\n", "-07:00"),
        ("## Timeline\n\n*(All times US/Pacific, 24-hour clock.)*\n\n- 10:00 - Site down\n", "-07:00"),
        ("## Timeline\n\nUnless noted, all events were on that day and all times are in\nUTC+2.\n\n- 10:00 - Site down\n", "+02:00"),
    ])
    func aSentenceStatingTheZoneOfAllTimesIsAClue(_ body: String, _ offset: String) {
        let incident = Fixtures.incident("# Outage\n\nOn 2024-04-20.\n\n" + body)
        #expect(incident.timeline.first?.time?.iso8601 == "2024-04-20T10:00:00" + offset)
    }

    @Test func theTimelinesOwnHeaderZoneBeatsAStatedOne() {
        let incident = Self.incident(["10:00"], header: "Time (UTC)", frontMatter: "All times in CET.\n\n")
        #expect(Self.iso(incident) == ["2024-04-20T10:00:00+00:00"])
    }

    @Test func proseThatMentionsTimesInPassingStatesNoZone() {
        let markdown = "# Outage\n\nOn 2024-04-20 response times are in free fall, for all times of the day.\n\n## Timeline\n\n- 10:00 - Site down\n"
        let incident = IncidentExtractor.extract(Fixtures.parsed(markdown), timezone: "Europe/Paris")
        #expect(incident.timeline.first?.time?.iso8601 == "2024-04-20T10:00:00+02:00")
    }

    @Test func aDayLineDatesTheEntriesBelowIt() {
        let markdown = """
            # Outage on 2019-01-23

            ## Timeline

            2019-01-22

            - 2:54 PM: bad config merged
            - 3:28 PM: bad config uploaded

            2019-01-23

            - 4:49 AM: first user sees errors
            - 8:27 AM: service restored
            """
        let incident = Fixtures.incident(markdown)
        #expect(incident.timeline.map { $0.time?.iso8601 } == [
            "2019-01-22T14:54:00+00:00", "2019-01-22T15:28:00+00:00", "2019-01-23T04:49:00+00:00", "2019-01-23T08:27:00+00:00",
        ])
        #expect(!incident.diagnostics.contains { $0.rule == "timeline-repaired" })
    }

    @Test func aDatedHeadingDatesTheEntriesUnderIt() {
        let markdown = "# Phishing\n\nOn 2025-07-31 we wrote this.\n\n## Timeline\n\n### 2025-07-26 Saturday\n\n- 13:14 EDT: report\n\n### 2025-07-28 Monday\n\n- 08:57 EDT: fixed\n"
        #expect(Fixtures.incident(markdown).timeline.map { $0.time?.iso8601 } == ["2025-07-26T13:14:00-04:00", "2025-07-28T08:57:00-04:00"])
    }

    /// A day heading written without its year takes the year of the document's date, and
    /// dates the incident when that date is the write-up's.
    @Test func aDayHeadingWithoutItsYearDatesTheEntriesUnderIt() {
        let markdown = "---\ntitle: API outage\ndate: 2023-03-20\n---\n\n## Timeline\n\n### March 7\n\n- 23:40 API errors begin\n\n### March 8\n\n- 00:30 errors stop\n"
        let incident = Fixtures.incident(markdown)
        #expect(incident.timeline.map { $0.time?.iso8601 } == ["2023-03-07T23:40:00+00:00", "2023-03-08T00:30:00+00:00"])
        #expect(incident.date?.description == "2023-03-07")
        #expect(incident.timelineAnalysis.durationMinutes == 50)
    }

    /// An author who stops writing PM after the first afternoon time: `2:00` after `1:34pm`
    /// is in the afternoon, which keeps the events in order without contradicting what was written.
    @Test func timesWithoutAMOrPMFollowTheAfternoon() {
        let incident = Self.incident(["1:34pm", "2:00", "2:40"])
        #expect(Self.iso(incident) == ["2024-04-20T13:34:00+00:00", "2024-04-20T14:00:00+00:00", "2024-04-20T14:40:00+00:00"])
        #expect(incident.diagnostics.contains { $0.rule == "timeline-repaired" && $0.message.contains("without AM or PM") })
    }

    /// A clock written as a 24-hour one (a leading zero, "hours") is never read in the
    /// afternoon: an end before its start on the same written day stays out of order.
    @Test func aTwentyFourHourClockIsNotReadInTheAfternoon() {
        let incident = Self.incident(["Saturday 2nd May 2020 10:00 hours", "Saturday 2nd May 2020 03:00 hours"])
        #expect(Self.iso(incident) == ["2020-05-02T10:00:00+00:00", "2020-05-02T03:00:00+00:00"])
        let twelveHour = Self.incident(["1:34pm", "2:00"])
        #expect(Self.iso(twelveHour) == ["2024-04-20T13:34:00+00:00", "2024-04-20T14:00:00+00:00"])
    }

    /// A twenty-four-hour clock that crosses midnight stays as written.
    @Test func aTwentyFourHourClockCrossesMidnightAsWritten() {
        let incident = Self.incident(["22:00", "23:30", "01:00"])
        #expect(Self.iso(incident) == ["2024-04-20T22:00:00+00:00", "2024-04-20T23:30:00+00:00", "2024-04-21T01:00:00+00:00"])
    }

    /// Days written without their year in a document that never says it still order and
    /// measure the timeline, on stand-in days that have no ISO form.
    @Test func daysWithoutAYearStillMeasureTheIncident() {
        let incident = Fixtures.incident("""
            # Outage

            ## Timeline

            On Saturday, February 2, around 0600 (East African Time), our engineer noticed errors.
            They resolved the issue by Sunday, February 3, 1500 hours (East Africa Time).
            """)
        #expect(incident.timelineAnalysis.durationMinutes == 33 * 60)
        #expect(incident.timeline.allSatisfy { $0.time?.iso8601 == nil })
    }

    /// `24:00` is the midnight that ends its day.
    @Test func midnightAtTheEndOfADay() {
        let incident = Self.incident(["February 24th, 2024, 14:00", "February 25th, 2024, 24:00"])
        #expect(Self.iso(incident) == ["2024-02-24T14:00:00+00:00", "2024-02-26T00:00:00+00:00"])
    }

    /// A weekday after a time places it on that weekday after the events before it.
    @Test func aWeekdayPlacesTheTime() {
        let incident = Self.incident(["Wednesday, January 15, 2020, 3:00 AM", "2:00 PM on Wednesday", "9:00 AM on Friday"])
        #expect(Self.iso(incident) == ["2020-01-15T03:00:00+00:00", "2020-01-15T14:00:00+00:00", "2020-01-17T09:00:00+00:00"])
    }

    /// Times whose day is written keep their AM and PM unless order demands otherwise: a
    /// shorter span is no reason to swap them.
    @Test func datedTimesAreNotSwappedToShortenTheSpan() {
        let incident = Self.incident(["Aug 31 2019 8:49am", "Sept 3 2019 4:26pm", "Sept 3 2019 11:11pm", "Sept 3 2019 11:19"])
        #expect(Self.iso(incident) == ["2019-08-31T08:49:00+00:00", "2019-09-03T16:26:00+00:00", "2019-09-03T23:11:00+00:00",
                                       "2019-09-03T23:19:00+00:00"])
    }
}
