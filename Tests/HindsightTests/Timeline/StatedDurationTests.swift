import Testing
@testable import HindsightCore

/// A prose amount is the incident's duration only when the sentence says so.
struct StatedDurationTests {
    static func stated(_ prose: String) -> Int? { Fixtures.incident("# Outage\n\n\(prose)\n").timelineAnalysis.statedDuration?.minutes }

    @Test(arguments: [
        ("- **Duration:** 47 minutes of degraded checkout (07:41–08:28 UTC).", 47),
        ("- **Duration:** August 15, 2023, 14:30 UTC to August 15, 2023, 16:45 UTC", 135),
        ("Stability fees accrued until this issue got resolved (~20 hrs).", 1200),
        ("Between 13:00:00 and 17:35:08 our home page was not accessible to users.", 275),
        ("Between 14:00 and 15:30 CEST on 23 July 2019, card payments were delayed.", 90),
        ("In total, this incident was resolved in 2 hours and 2 minutes from the time of report.", 122),
        // A range of amounts: users were hurt up to its upper end.
        ("The DNS record failed to resolve for an estimated time of 10-15 minutes.", 15),
        ("The outage lasted roughly 2 weeks.", 20_160),
        ("Duration of the outage: 10 minutes and 30 seconds.", 11),
        // The shapes the extraction issue names.
        ("The site was down from 14:00 to 15:30.", 90),
        ("On Sunday from ~12:00 (maybe before) to 17:55 CEST, the sites were failing.", 355),
        ("Users were affected between 13:17 and 14:18 (UTC).", 61),
        ("The outage lasted 2-3 hours.", 180),
        ("Users could not log in for roughly a week.", 10_080),
        ("Downtime: ~4 hours and 38 minutes", 278),
        ("Start: 2024-06-15 14:00 EAT\nEnd: 2024-06-15 16:30 EAT", 150),
        ("Impact start: 10:00 UTC\nImpact end: 12:00 UTC", 120),
        ("Started: 09:00\nResolved: 10:30", 90),
        ("Start of Outage: 13th September 2021 6:00 am UTC\n\nEnd of Outage: 27th September 2021 6:00 am UTC", 20_160),
        ("Start of the incident: 10:00 UTC\nEnd of the incident: 10:45 UTC", 45),
        // The amount before its cue.
        ("Impact: 2 hours of downtime for the API.", 120),
        ("Impact: 1 hour and 30 minutes of downtime.", 90),
        ("The bug caused 40% of users 2.5 hours of outage.", 150),
        // Units as written in a hurry, and a smaller part with no "and".
        ("~ 1k5 users disconnected from the platform during a period of ~ 8Hs", 480),
        ("The outage lasted 2h 15m.", 135),
        ("Downtime: 4 hours, 38 minutes.", 278),
        ("The API was down for 3h.", 180),
        ("Between 14:00 and 14:45 UTC, no user could log in.", 45),
        // A window of the outage, an amount that qualifies it, a start and an end told.
        ("**Impact window:** 14:02–15:31 UTC", 89),
        ("We had a 47-minute outage of checkout.", 47),
        ("The 1.5 hour outage hit every region.", 90),
        ("The outage began at 14:02 UTC and ended at 15:31 UTC.", 89),
        ("Impact began at 14:02 UTC and lasted until 15:31 UTC.", 89),
        ("The incident started at 14:02 and was resolved at 15:31.", 89),
        // What persisted, what was unresponsive, how long until service was restored.
        ("The issue persisted for about 45 mins.", 45),
        ("The API was unresponsive for roughly 25 minutes", 25),
        ("It took 2 hours to restore the service.", 120),
        ("The service was restored after 2 hours.", 120),
        ("Impact period: 10:00 - 10:45 UTC", 45),
        ("On 2023-07-20 between 12:17 and 12:30 UTC all crate downloads were broken.", 13),
        // A symptom's own start and stop; a length near a bound.
        ("Errors began at 07:12 and stopped at 07:40.", 28),
        ("The outage affected users for just under two hours.", 120),
        ("Customers were affected for a little over an hour.", 60),
        ("Duration of the outage: 1 minute and 1 second.", 1),
        // A table whose header names the window's fields, and whose one row gives them.
        ("| Start | End | Duration |\n|---|---|---|\n| 14:02 UTC | 15:31 UTC | 89 minutes |", 89),
        ("| Impact started | Impact ended |\n|---|---|\n| 14:02 UTC | 15:31 UTC |", 89),
        ("| Severity | Duration |\n|---|---|\n| SEV2 | 2h 10m |", 130),
    ])
    func statementsAboutTheOutage(prose: String, minutes: Int) { #expect(Self.stated(prose) == minutes) }

    @Test(arguments: [
        "The disk alert was a ticket; at 91% it took only 75 minutes to reach 100%.",
        "Deploys happen in a 30 minute window.",
        "The rollback took 12 minutes end to end.",
        "The default update window was set between 06:00 and 07:00 UTC.",
        "The deploy started at 13:00 and ended at 13:20.",
        "After 2 hours of debugging we found the cause.",
        "The alert fires when latency is high for 5 minutes. Users were unaffected.",
        "Two spam events lasted less than one hour.",
        "Users were affected for under two hours.",
        // Many rows are a schedule, not the incident's window.
        "| Start | End |\n|---|---|\n| 01:00 | 02:00 |\n| 03:00 | 04:00 |\n| 05:00 | 06:00 |\n| 07:00 | 08:00 |",
        "A second set of requests began at 10:55 UTC and the outage lasted just over an hour.",
        // The work on the incident, not the incident.
        "Duration: The postmortem lasted for 12 hours, though the issue was days old.",
        "The investigation lasted 3 hours.",
        // A part of the incident: delays make a window the outage's, not a loose amount.
        "Apple's push service rate-limited us for 9 minutes at 09:58, which delayed notifications.",
        "The incident was resolved within 5 minutes of the page.",
        // "m" after a number alone is millions more often than minutes.
        "The outage affected about 2m users.",
    ])
    func otherAmountsAreNotTheDuration(prose: String) { #expect(Self.stated(prose) == nil) }

    @Test(arguments: [
        ("- **Duration:**\n  - Start Time: November 5, 2023, 10:00 AM (UTC)\n  - End Time: November 5, 2023, 1:30 PM (UTC)", 210),
        ("Start Time: 2024-06-15 14:00 EAT\nEnd Time: 2024-06-15 16:30 EAT", 150),
        ("Start Time: 6:01 PM (EAT)\n\nEnd Time: 6:45 PM (EAT)", 44),
        ("Start time: Oct 22 2022 9:00 AM (EAT), End time: Oct 22 2022 10:00 AM (EAT).", 60),
        ("Start time: 14:02 UTC\n\nResolution time: 15:31 UTC", 89),
        ("Issue start: 10:00 AM WAT\n\nIssue end: 11:00 AM WAT", 60),
        // A table of fields labels its values as lines do.
        ("| Field | Value |\n| --- | --- |\n| Incident start | 2023-03-07 14:00 UTC |\n| Detected | 2023-03-07 14:09 UTC |\n| Resolved | 2023-03-07 15:30 UTC |", 90),
    ])
    func labelledStartAndEnd(prose: String, minutes: Int) { #expect(Self.stated(prose) == minutes) }

    @Test(arguments: [
        ("The site was down for an hour and a half.", 90),
        ("Users were affected for two HOURS.", 120),
        ("The outage lasted—a day.", 1440),
        ("Downtime: three mins", 3),
    ])
    func amountsInWordsAreRead(prose: String, minutes: Int) { #expect(Self.stated(prose) == minutes) }

    @Test(arguments: ["minute", "Minutes", "min", "MINS", "hour", "hours", "hr", "Hrs", "day", "days", "x 1", "—hour"])
    func blocksWithAUnitOrADigitAreRead(text: String) { #expect(DurationPhraseScanner.mayStateALength("It was \(text)")) }

    @Test(arguments: ["The database was down", "An admin shut the door", "Monitoring the hosts", "thrum", "", "déjà vu"])
    func blocksWithNeitherAreSkipped(text: String) { #expect(!DurationPhraseScanner.mayStateALength(text)) }

    @Test func aSkippedBlockStillCountsTowardsTheWindowsReach() {
        #expect(Self.stated("Start Time: 10:00 AM\n\nA.\n\nB.\n\nEnd Time: 11:00 AM") == 60)
        #expect(Self.stated("Start Time: 10:00 AM\n\nA.\n\nB.\n\nC.\n\nEnd Time: 11:00 AM") == nil)
    }

    @Test func anEndTooFarFromItsStartIsNoWindow() {
        #expect(Self.stated("Start Time: 10:00 AM\n\nA.\n\nB.\n\nC.\n\nD.\n\nEnd Time: 11:00 AM") == nil)
    }

    @Test func noMismatchWhenFrontMatterStatesTheWindow() {
        let markdown = "---\nstart_time: 2019-02-04T02:50:00Z\nend_time: 2019-02-04T18:44:00Z\n---\n# Outage\n\n"
            + "Kibana access was disrupted for most customers from 02:50 to 09:28 UTC.\n"
        let incident = Fixtures.incident(markdown)
        #expect(incident.timelineAnalysis.durationMinutes == 954)
        #expect(!incident.diagnostics.contains { $0.rule == "duration-mismatch" })
    }

    /// Of all the lengths the prose states, the surest: a named length beats an earlier
    /// loose one, and a part ("an additional 25 minutes of downtime") is not the whole.
    @Test func theSurestStatementWins() {
        #expect(Self.stated("Users were affected for 20 minutes at first.\n\nThe outage lasted 3 hours.") == 180)
        #expect(Self.stated("""
            The service was largely unreachable for approximately two hours.

            A second attack led to an additional 25 minutes of downtime between 23:05 UTC and 23:30 UTC.
            """) == 120)
    }
}

extension StatedDurationTests {
    /// A length stated alone takes the window a later sentence gives for the same length,
    /// so the window can say when impact began, before the timeline's first alert.
    @Test func aLengthTakesTheWindowOfTheSameLength() {
        let incident = Fixtures.incident("""
            # Outage

            Summary: A 50-minute outage caused by a firewall change.

            Between 15:30 and 16:20 on 2024-07-24 (UTC), users could not reach the site.

            ## Timeline

            - 15:32 Monitoring raised an alert.
            - 16:20 Rollback complete, site restored.
            """)
        #expect(incident.timelineAnalysis.durationMinutes == 50)
        #expect(incident.timelineAnalysis.moments.impactStart?.iso8601 == "2024-07-24T15:30:00+00:00")
    }
}
