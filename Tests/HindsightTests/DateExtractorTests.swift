import Testing
@testable import HindsightCore

struct DateExtractorTests {
    @Test(arguments: [
        ("It failed on April 20th, 2024 at noon.", "2024-04-20"),
        ("It failed on 2024-04-20.", "2024-04-20"),
        ("It failed on 20/04/2024.", "2024-04-20"),
        ("It failed on Jan 3rd 2023.", "2023-01-03"),
        ("It failed on 15th of May, 2024.", "2024-05-15"),
        ("Start: 06/May/2022 2:17 PM", "2022-05-06"),
        ("From September 28-29, 2023 the sandbox was down.", "2023-09-28"),
        ("From September 28th to September 29th, 2023.", "2023-09-28"),
        ("Start Time: 03, 14, 2024, 10:00 AM UTC.", "2024-03-14"),
    ])
    func dateShapes(_ text: String, _ expected: String) {
        #expect(DayGrammar.firstDate(in: text)?.description == expected)
    }

    @Test(arguments: ["It failed on July 2nd at noon.", "It failed on February 30, 2024.", "It failed on 31/13/2024."])
    func noYearOrImpossibleDayIsNoDate(_ text: String) {
        #expect(DayGrammar.firstDate(in: text) == nil)
    }

    @Test func frontMatterWins() {
        #expect(Fixtures.incident("---\ndate: 2021-05-01\n---\nOn 2024-04-20 it failed.\n").date?.description == "2021-05-01")
    }

    @Test func startTimeFrontMatterCounts() {
        #expect(Fixtures.incident("---\nstart_time: 2019-06-02 11:45\n---\nText.\n").date?.description == "2019-06-02")
    }

    @Test func labelledIncidentDateBeatsTheTitle() {
        let markdown = "Outage on August 10, 2024\n\nIncident Date: August 16, 2024\n"
        #expect(Fixtures.incident(markdown).date?.description == "2024-08-16")
    }

    @Test func postedOnDateIsNotTheIncidentDate() {
        let markdown = "# Outage\n\n*Posted On: 11th August, 2023*\n\nThe site was down on Jun 26, 2023 at 6 AM.\n"
        #expect(Fixtures.incident(markdown).date?.description == "2023-06-26")
    }

    @Test func timelineOverridesAHeaderDateOutsideItsDays() {
        let markdown = "# 2022-01-27, pod limit reached\n\n## Timeline\n\n### 2022-06-02 10:00 - Problem starts\n\n### 2022-06-02 21:00 - Fixed\n"
        #expect(Fixtures.incident(markdown).date?.description == "2022-06-02")
    }

    @Test func headerDateWithinTheTimelineStands() {
        let markdown = "# January 23rd, 2019 Outage\n\n## Timeline\n\n2019-01-22\n\n- 3:28 PM config uploaded\n\n2019-01-23\n\n- 8:27 AM fixed\n"
        #expect(Fixtures.incident(markdown).date?.description == "2019-01-23")
    }

    @Test func noDateAnywhereIsNil() {
        #expect(Fixtures.incident("# Outage\n\nIt failed on a Sunday.\n").date == nil)
    }
}

/// All-numeric dates whose day and month could swap, read in the order the document writes.
struct DayMonthOrderTests {
    @Test func anotherDateOfTheDocumentSettlesTheOrder() {
        let incident = Fixtures.incident("# Outage\n\nOn 03/10/2024 the site went down.\n\nWe wrote this on 25/10/2024.\n")
        #expect(incident.date?.description == "2024-10-03")
        #expect(!incident.diagnostics.contains { $0.rule == "date-ambiguous" })
    }

    @Test func theZoneOfTheTimesSettlesTheOrder() {
        let american = Fixtures.incident("# Outage\n\nOn 03-10-2024 at 10:00 PST the site went down.\n")
        #expect(american.date?.description == "2024-03-10")
        let african = Fixtures.incident("# Outage\n\nOn 03/10/2024 at 10:00 WAT the site went down.\n")
        #expect(african.date?.description == "2024-10-03")
    }

    @Test func theZoneTheDocumentStatesSettlesTheOrder() {
        let heading = Fixtures.incident("# Outage\n\n**Date:** 05/03/2024\n\n## Timeline (all times CET)\n\n- 13:02 Login failures\n")
        #expect(heading.date?.description == "2024-03-05")
        let sentence = Fixtures.incident("# Outage\n\n**Date:** 05/03/2024\n\nAll times are in CET.\n\n## Timeline\n\n- 13:02 Login failures\n")
        #expect(sentence.date?.description == "2024-03-05")
        #expect(!sentence.diagnostics.contains { $0.rule == "date-ambiguous" })
    }

    /// The timeline reads its `01/10/2024` in the order the incident's date was read in: one
    /// document, one order, not October 1 at the top and January 10 in the timeline.
    @Test func theTimelineReadsItsDatesInTheDocumentsOrder() {
        let markdown = """
            # Database failover

            ## Timeline

            - 01/10/2024 09:15 - Outage started: writes failing
            - 01/10/2024 10:30 - Resolved: writes succeed again

            Our team in Paris saw the failover on 13/10/2024 as well.
            """
        let incident = Fixtures.incident(markdown)
        #expect(incident.date?.description == "2024-10-01")
        #expect(incident.timeline.first?.time?.localDate?.description == "2024-10-01")
        #expect(incident.timelineAnalysis.durationMinutes == 75)
    }

    @Test func nothingSettlesItAndAWarningSaysSo() {
        let incident = Fixtures.incident("# Outage\n\nOn 03/10/2024 the site went down.\n")
        #expect(incident.date?.description == "2024-03-10")
        let warning = incident.diagnostics.first { $0.rule == "date-ambiguous" }
        #expect(warning?.line == 3)
        #expect(warning?.message.contains("2024-10-03") == true)
    }
}

/// A write-up's date (a blog post's front matter, a "Date:" line) against the incident's own day.
struct WriteUpDateTests {
    @Test func theOpeningSentenceDatesTheIncident() {
        let incident = Fixtures.incident("---\ntitle: Leaked token\ndate: 2024-07-08\n---\n\nOn June 28, 2024 we were notified of a leaked token.\n")
        #expect(incident.date?.description == "2024-06-28")
        #expect(incident.evidence[.date]?.runnersUp.first?.value == "2024-07-08")
    }

    /// A date further down is a cause's or a fix's: the archive's own front matter stands.
    @Test func aDateInTheRootCauseDoesNotMoveTheFrontMattersDate() {
        let incident = Fixtures.incident("""
            ---
            date: 2025-03-03
            ---
            # Checkout latency

            ## Summary

            Checkout was slow for 47 minutes.

            ## Impact

            Users waited.

            ## Root cause

            On 2025-02-27 a change was deployed that broke the cache and caused the outage.
            """)
        #expect(incident.date?.description == "2025-03-03")
    }

    @Test func theTimelinesFirstDayBeatsADateLine() {
        let incident = Fixtures.incident("""
            # Lambda errors

            **Date:** 2026-07-08

            ## Timeline

            [2026-07-01]
            - 09:00 Errors start
            """)
        #expect(incident.date?.description == "2026-07-01")
        #expect(incident.evidence[.date]?.provenance.source == .timeline)
    }
}

struct IncidentDateLabelTests {
    @Test func whenTheIncidentIsThoughtToHaveOccurredBeatsItsDiscovery() {
        let incident = Fixtures.incident("# Outage\n\n- Discovered: Sept 3, 2019\n- Thought to have occurred: Aug 31, 2019\n")
        #expect(incident.date?.description == "2019-08-31")
    }

    /// A timeline that opens with its cause days before users were hurt dates the incident
    /// by the hurt, and says so: the header's date (a copied template's) is outside the
    /// timeline, and the change merged a week earlier is not when it happened.
    @Test func aTimelineThatOpensWithItsCauseIsDatedByTheDayImpactBegan() {
        let markdown = """
            # 30-09-2024 - All instances unavailable

            ## Timeline

            - 16-10-2024 11:58 - A change blocking executable memory was merged.
            - 24-10-2024 02:00 - The OS release with the change came out.
            - 24-10-2024 04:45 - Uptime dropped: every customer instance was down.
            - 24-10-2024 09:15 - Instances came back online and service was restored.
            """
        let incident = Fixtures.incident(markdown)
        #expect(incident.date?.description == "2024-10-24")
        let provenance = incident.evidence[.date]?.provenance
        #expect(provenance?.source == .timeline)
        #expect(provenance?.line == 7, "the entry where uptime dropped")
        #expect(provenance?.detail.contains("the day impact began") == true)
        #expect(incident.slug.hasPrefix("2024-10-24-"))
    }

    /// The rule is for weak dates only: a date the document names as the incident's stands.
    @Test func aNamedIncidentDateStandsBeforeTheDayImpactBegan() {
        let markdown = """
            # Outage

            Incident Date: 2024-10-16

            ## Timeline

            - 2024-10-16 11:58 - A change blocking executable memory was merged.
            - 2024-10-24 04:45 - Uptime dropped: every customer instance was down.
            - 2024-10-24 09:15 - Service was restored.
            """
        #expect(Fixtures.incident(markdown).date?.description == "2024-10-16")
    }

    /// A report dated when it was written, about impact that began days before on a
    /// timeline whose days are headings without a year, is dated by the impact's day.
    @Test func aWriteUpDateGivesWayToTheDayImpactBeganBeforeIt() {
        let markdown = """
            # Long block times

            - Date: 2025-DEC-5
            - Summary: three periods of slow blocks.

            # Timeline

            ## Nov 26

            | Time (UTC) | Event |
            | --- | --- |
            | 22:11 | First block with spam transactions is committed; blocks slow down |
            | 22:53 | Validator downtime alert is resolved; blocks are back to normal |
            """
        let incident = Fixtures.incident(markdown)
        #expect(incident.date?.description == "2025-11-26")
        #expect(incident.evidence[.date]?.provenance.detail.contains("9 days before the write-up's date") == true)
    }

    /// "Posted 2021-11-05" is the post's day; the opening's "On Tuesday, November 2nd",
    /// written without its year, takes the post's and is the incident's.
    @Test func aDayWithoutItsYearTakesThePostsYear() {
        let incident = Fixtures.incident("""
            # Postmortem for the API outage

            Posted 2021-11-05 by the infra team.

            On Tuesday, November 2nd, our API was down from 14:10 to 14:55 UTC.
            """)
        #expect(incident.date?.description == "2021-11-02")
        #expect(incident.evidence[.date]?.provenance.line == 5)
    }

    /// A byline's date is the post's, with the writer's name between: "Posted by Sam Lee on …".
    @Test(arguments: ["Posted by Sam on July 2, 2020", "Written by Jane A. Doe on July 2, 2020."])
    func aBylinesDateIsThePosts(byline: String) {
        let incident = Fixtures.incident("""
            # Lessons from the June outage

            \(byline)

            On June 25, 2020 at 14:00 UTC our storage cluster lost quorum.
            """)
        #expect(incident.date?.description == "2020-06-25")
    }

    /// Another incident held up beside this one does not date it.
    @Test func anEarlierIncidentComparedDoesNotDateThisOne() {
        let incident = Fixtures.incident("""
            # Database outage

            Like the outage on 2019-05-02, this incident was caused by disk exhaustion.

            On 2020-11-10 at 14:00 UTC the primary ran out of disk.
            """)
        #expect(incident.date?.description == "2020-11-10")
    }

    /// A post written in January about December takes December of the year before.
    @Test func aDayWithoutItsYearBeforeTheNewYearTakesTheYearBefore() {
        let incident = Fixtures.incident("""
            ---
            date: 2022-01-04
            ---
            On December 30th the build farm was down for the whole day.
            """)
        #expect(incident.date?.description == "2021-12-30")
    }

    /// "Yesterday" and a weekday alone name days before the write-up's: a post of Monday
    /// 2023-03-13 about "Friday" is about 2023-03-10.
    @Test(arguments: [
        ("date: 2023-03-10T09:00:00Z", "Yesterday, between 14:00 and 15:30 UTC, our API returned errors.", "2023-03-09"),
        ("date: 2023-03-13", "On Friday, our API returned errors for two hours.", "2023-03-10"),
        ("date: 2023-03-13", "On Monday, the API was down for an hour.", "2023-03-13"),
    ])
    func aDayNamedRelativeToTheWriteUpIsTheIncidents(frontMatter: String, opening: String, expected: String) {
        let incident = Fixtures.incident("---\ntitle: API outage\n\(frontMatter)\n---\n\n\(opening)\n")
        #expect(incident.date?.description == expected)
    }

    /// A document's own dates ("Created:", "Last edited:") give way to the day the opening
    /// names, as a post's date does.
    @Test(arguments: ["Created: 2023-03-20", "Last edited: March 20, 2023", "Date prepared: 2023-03-20"])
    func aDocumentsOwnDateGivesWayToTheIncidents(line: String) {
        let incident = Fixtures.incident("# API outage\n\n\(line)\n\nOn March 7 the API failed for two hours.\n")
        #expect(incident.date?.description == "2023-03-07")
    }

    /// A version is not a day, however much it looks like one.
    @Test func aVersionIsNoDate() {
        #expect(Fixtures.incident("# API outage\n\nAfter deploying release 2023.3.9 on 2023-03-07, the API failed.\n").date?.description == "2023-03-07")
        #expect(Fixtures.incident("# API outage\n\nVersion 2024.01.15 crashed on start.\n").date == nil)
    }

    /// A post's day is never the incident's: with no other date, there is none.
    @Test func aPostedDayAloneIsNoIncidentDate() {
        #expect(Fixtures.incident("# Outage\n\nPublished on 2021-11-05 by the infra team.\n").date == nil)
    }

    /// A write-up date months after the timeline is not read as a report about it: the
    /// days are too far apart to be sure the timeline is this incident's.
    @Test func aWriteUpDateStandsWhenTheTimelineIsMonthsEarlier() {
        let markdown = """
            # Review

            Date: 2025-06-01

            ## Timeline

            - 2025-01-10 10:00 - Users saw errors.
            - 2025-01-10 11:00 - Service was restored.
            """
        #expect(Fixtures.incident(markdown).date?.description == "2025-06-01")
    }

    /// A header date that is the day the problem was found and fixed gives way to the
    /// Impact section's "since" day, up to 60 days before it.
    @Test func theImpactSectionSaysSinceWhenUsersWereHurt() {
        let markdown = """
            # Map not rendering on mobile

            Date: 09/25/2020

            ## What happened?

            The map did not appear on mobile devices. A CSS value was removed in a release.

            ## Detection

            It was reported in the team channel.

            ## Impact

            Affected all mobile users of the locator since 09/11/20, the day the release was made.
            """
        let incident = Fixtures.incident(markdown)
        #expect(incident.date?.description == "2020-09-11")
        #expect(incident.evidence[.date]?.provenance.line == 15)
    }
}
