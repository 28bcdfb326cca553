import Testing
@testable import HindsightCore

/// One small document per shape authors give their timelines.
struct TimelineExtractionTests {
    private func timeline(_ markdown: String) -> [TimelineEntry] {
        Fixtures.incident(markdown).timeline
    }

    private func pairs(_ markdown: String) -> [[String]] {
        timeline(markdown).map { [$0.rawTime, $0.text] }
    }

    @Test func tableWithTimeAndEventColumns() {
        let entries = pairs("""
        # Outage

        | Time (UTC) | Event |
        |------------|-------|
        | 10:00 | Alert fires |
        | 10:30 | Rolled back |
        """)
        #expect(entries == [["10:00", "Alert fires"], ["10:30", "Rolled back"]])
    }

    /// A named time is a time in a table's cell too; a cell of neither digits nor a named
    /// time ("...", "TBD") is no entry.
    @Test func aTableRowAtMidnightIsAnEntry() {
        let entries = pairs("""
        # Power failure

        | Time (SAST) | Event |
        | --- | --- |
        | Midnight | Utility power lost, racks offline |
        | ... | |
        | 02:10 | All services back online |
        """)
        #expect(entries == [["Midnight", "Utility power lost, racks offline"], ["02:10", "All services back online"]])
    }

    @Test func tablesOnePerDayUnderDayHeadingsAreOneTimelineOnTheirDays() {
        let incident = Fixtures.incident("""
        # Long block times

        - Date: 2025-DEC-5

        # Timeline

        ## Nov 26

        | Time (UTC) | Event |
        |------------|-------|
        | 22:11 | Spam begins |
        | 23:00 | Alert resolved |

        ## Nov 27

        | Time (UTC) | Event |
        |------------|-------|
        | 09:09 | Spam begins again |

        # Supporting information

        | Time (UTC) | Event |
        |------------|-------|
        | 10:00 | Not the timeline's: a heading that is no day stands before it |
        """)
        #expect(incident.timeline.map(\.rawTime) == ["22:11", "23:00", "09:09"])
        #expect(incident.timeline.map(\.day?.description) == ["2025-11-26", "2025-11-26", "2025-11-27"])
        #expect(incident.timeline.last?.time?.iso8601 == "2025-11-27T09:09:00+00:00")
    }

    @Test func aTableWithOtherColumnsAfterADayHeadingIsNoMoreOfTheTimeline() {
        let entries = pairs("""
        # Outage

        | Time | Event |
        |------|-------|
        | 10:00 | Alert fires |

        ## 2024-05-02

        | Time | Owner | Event |
        |------|-------|-------|
        | 11:00 | Ann | Something else |
        """)
        #expect(entries == [["10:00", "Alert fires"]])
    }

    @Test func listWithBoldTimeKeepsTheRawTimeWithoutEmphasisOrSeparator() {
        let entries = pairs("""
        ## Timeline

        - **10:00 AM:** Server down
        - **10:35 PM:** Traffic back
        """)
        #expect(entries == [["10:00 AM", "Server down"], ["10:35 PM", "Traffic back"]])
    }

    @Test func italicTimeWithZone() {
        let entries = pairs("""
        ## Timeline

        * *14:51 PST* - Engineer notices the error
        * *15:10 PST* - Fix deployed
        """)
        #expect(entries == [["14:51 PST", "Engineer notices the error"], ["15:10 PST", "Fix deployed"]])
    }

    @Test func plainLinesOfOneParagraphUnderALabelLine() {
        let entries = timeline("""
        Timeline (all times in WAT):
        February 24th, 15, 9:21 PM (WAT): Users reported the issue.
        February 24th, 15, 9:32 PM (WAT): The issue was escalated.
        Root Cause and Resolution:
        A typo at 10:00 PM.
        """)
        #expect(entries.map(\.rawTime) == ["February 24th, 15, 9:21 PM (WAT)", "February 24th, 15, 9:32 PM (WAT)"])
        #expect(entries.map(\.line) == [2, 3])
    }

    @Test func anEventWrappedMidSentenceGoesOnButADescriptionLineDoesNot() {
        let entries = pairs("""
        ## Timeline

        15:27 - Hixie submits a change to the DNS configuration to change
        the MX records, unaware of an error.
        (Internal ID 560528920.)
        21:14 - Changes take effect.
        10:45 AM (UTC): Issue Detected
        Monitoring alerts triggered.
        """)
        #expect(entries == [
            ["15:27", "Hixie submits a change to the DNS configuration to change the MX records, unaware of an error. (Internal ID 560528920.)"],
            ["21:14", "Changes take effect."],
            ["10:45 AM (UTC)", "Issue Detected"],
        ])
    }

    @Test func boldLabelLineOpensTheSectionAndTheNextLabelClosesIt() {
        let entries = pairs("""
        **Timeline**

        - 10:45 SAST: Alarm raised
        - 12:15 SAST: Services restored

        **Root Cause and Resolution**

        - 13:00 SAST: Not part of the timeline
        """)
        #expect(entries == [["10:45 SAST", "Alarm raised"], ["12:15 SAST", "Services restored"]])
    }

    @Test func headingEntriesTakeTheHeadlineOrTheParagraphUnderATimeAlone() {
        let entries = pairs("""
        ## Timeline

        ### 2022-06-02 10:00 - Problem starts

        Pods stopped launching.

        ### 2021-06-03 9:14

        The team decides to restore a backup.

        ## Lessons learnt
        """)
        #expect(entries == [["2022-06-02 10:00", "Problem starts"], ["2021-06-03 9:14", "The team decides to restore a backup."]])
    }

    @Test func timeAtTheEndOfALabelledEntry() {
        let entries = pairs("""
        ## Timeline

        - **Detected:** August 15, 2023, 14:30 UTC
        - **Actions Taken:** Checked the logs.
        - **Resolution:** The service was restored at 06:00 AM (UTC) after a restart.
        """)
        #expect(entries == [
            ["August 15, 2023, 14:30 UTC", "Detected"],
            ["06:00 AM (UTC)", "Resolution: The service was restored at 06:00 AM (UTC) after a restart."],
        ])
    }

    @Test func proseTimelineGivesOneEntryPerTimedSentence() {
        let entries = timeline("""
        ## Timeline
        The error was realized on Saturday 14th May 1200 hours (East Africa Time) by Mr. Rick. We restarted it. They solved it by 20:47 hours (EAT).
        """)
        #expect(entries.map(\.rawTime) == ["Saturday 14th May 1200 hours (East Africa Time)", "20:47 hours (EAT)"])
        #expect(entries.last?.text == "They solved it by 20:47 hours (EAT).")
    }

    @Test func aTimedListItemIsOneEntryWhole() {
        let entries = pairs("""
        ## Timeline

        - Our monitoring raised the alarm at 2:15 PM (UTC). The team suspected the data tier.
        - The fix was deployed at 3:05 PM (UTC). Latency fell at 3:10 PM (UTC).
        """)
        #expect(entries == [
            ["2:15 PM (UTC)", "Our monitoring raised the alarm at 2:15 PM (UTC). The team suspected the data tier."],
            ["3:05 PM (UTC)", "The fix was deployed at 3:05 PM (UTC). Latency fell at 3:10 PM (UTC)."],
        ])
    }

    @Test func aTimelineThatWritesNoClockIsReadByItsDays() {
        let entries = pairs("""
        ## Timeline
        Back in 2020 we wrote a script to create the accounts.
        - On November 3rd one of those accounts popped up. It posted a threat.
        - We found that on October 12th 2022 the attacker had logged in.
        - Nothing else happened.
        """)
        #expect(entries.map { $0[0] } == ["November 3rd", "October 12th 2022"])
        #expect(entries.first?[1] == "On November 3rd one of those accounts popped up. It posted a threat.")
    }

    @Test func htmlParagraphsWithEmojiCodes() {
        let entries = pairs("""
        <h2>Timeline:</h2>
        <p>&emsp;:small_orange_diamond:16:15 GMT+1: Alert received.</p>
        <p>&emsp;:small_orange_diamond:18:05 GMT+1: Site restored.</p>
        """)
        #expect(entries == [["16:15 GMT+1", "Alert received."], ["18:05 GMT+1", "Site restored."]])
    }

    @Test func htmlList() {
        let entries = pairs("""
        ## Timeline

        <ul>
        <li>09:00 - Deploy starts</li>
        <li>09:20 - Errors spike</li>
        </ul>
        """)
        #expect(entries == [["09:00", "Deploy starts"], ["09:20", "Errors spike"]])
    }

    @Test func dayHeaderLinesAreNeitherEntriesNorPartOfTheTime() {
        let entries = pairs("""
        ## Timeline

        2019-01-22

        - 2:54 PM PST: PR merged

        [2026-07-01]
        [08:33] Fix merged
        [09:26] Alarm fires

        ### 2025-07-26 Saturday

        - 10:00: Backup restored
        """)
        #expect(entries == [["2:54 PM PST", "PR merged"], ["08:33", "Fix merged"], ["09:26", "Alarm fires"], ["10:00", "Backup restored"]])
    }

    @Test func nestedSubBulletsBelongToTheirEntry() {
        let entries = pairs("""
        ## Timeline

        - **14:30 UTC: Issue Detected**
          - Alert at 14:31 UTC from monitoring.
        - **15:00 UTC: Issue Resolved**
          - 15:05 confirmation.
        """)
        #expect(entries == [["14:30 UTC", "Issue Detected"], ["15:00 UTC", "Issue Resolved"]])
    }

    @Test func timeLineWithIndentedTextLine() {
        let entries = pairs("""
        ## Timeline of events

        - 2025-04-14 16:37 UTC
            A user reported the issue
            to the security team.
        - 2025-04-14 17:02 UTC
            Receipt acknowledged.
        """)
        #expect(entries == [
            ["2025-04-14 16:37 UTC", "A user reported the issue to the security team."],
            ["2025-04-14 17:02 UTC", "Receipt acknowledged."],
        ])
    }

    /// A day with its event on the lines under it is an entry however the item is wrapped.
    @Test func aDayItemWithItsEventUnderItIsAnEntryAsOnOneLine() {
        let wrapped = pairs("""
        ## Timeline

        - 2024-06-21:
            Images removed from the registry.
        - 2024-06-28 7:09 AM Eastern:
            Report received.
        """)
        let inline = pairs("""
        ## Timeline

        - 2024-06-21: Images removed from the registry.
        - 2024-06-28 7:09 AM Eastern: Report received.
        """)
        #expect(wrapped == [["2024-06-21", "Images removed from the registry."], ["2024-06-28 7:09 AM Eastern", "Report received."]])
        #expect(wrapped == inline)
    }

    /// "Label: time - event": the raw time is the date and time, the text what follows the separator.
    @Test func aTimeAfterALabelTakesTheEventAfterItsSeparator() {
        let entries = pairs("""
        ## Timeline

        - Issue Detected: May 10, 2023, 08:00 AM - Monitoring alerts fired for checkout errors.
        - Resolved: May 10, 2023, 09:10 AM – Checkout fully restored.
        """)
        #expect(entries == [["May 10, 2023, 08:00 AM", "Monitoring alerts fired for checkout errors."],
                            ["May 10, 2023, 09:10 AM", "Checkout fully restored."]])
    }

    @Test func timeAloneUnderAPromptTakesThePrompt() {
        let entries = pairs("""
        ## Timeline

        - **Detection Time:**
          - November 5, 2023, 10:15 AM (UTC)
        - **How Issue Was Detected:**
          - Monitoring alert.
        """)
        #expect(entries == [["November 5, 2023, 10:15 AM (UTC)", "Detection Time"]])
    }

    @Test func sectionWithoutTimedEntriesGivesNone() {
        #expect(timeline("""
        ## Timeline

        - The error was on web-02.
        - It was fixed later that day.

        ## Root cause
        """).isEmpty)
    }

    @Test func documentWithoutTimelineGivesNone() {
        #expect(timeline("""
        # Outage

        At 10:00 the site went down; at 11:00 it came back.
        """).isEmpty)
    }

    @Test func entriesKnowTheirFileLine() {
        let entries = timeline("""
        # Outage

        ## Timeline

        - 10:00: Down
        - 11:00: Up
        """)
        #expect(entries.map(\.line) == [5, 6])
    }

    @Test func deeplyNestedBlocksDoNotOverflowTheStack() {
        let nestedList = String(repeating: "- ", count: 10_000) + "x"
        let nestedQuote = String(repeating: "> ", count: 10_000) + "10:30 Deep entry"
        let entries = pairs("## Timeline\n\n- 10:00: Start\n\n" + nestedList + "\n\n" + nestedQuote + "\n")
        #expect(entries == [["10:00", "Start"], ["10:30", "Deep entry"]])
    }
}

/// Shapes of timelines first seen in postmortems the rules were not written for.
struct UnseenTimelineShapeTests {
    private func pairs(_ markdown: String) -> [[String]] {
        Fixtures.incident(markdown).timeline.map { [$0.rawTime, $0.text] }
    }

    /// A report written as a numbered list of its sections: the timeline and the authors
    /// are the items nested under "Timeline" and "Authors".
    @Test func sectionsWrittenAsListItems() {
        let incident = Fixtures.incident("""
        # Holds failed

        1. Incident Date
           - July 12 2018
        2. Authors
           - Paul Beaudoin
        3. Timeline
           - July 11 mid-day: API deployed to production
           - July 12 2:40: Hotfix pushed live.
        4. Root Cause
           - A dependency bump
        """)
        #expect(incident.timeline.map { [$0.rawTime, $0.text] } == [["July 11 mid-day", "API deployed to production"],
                                                                 ["July 12 2:40", "Hotfix pushed live."]])
        #expect(incident.authors.map(\.name) == ["Paul Beaudoin"])
    }

    /// "2019-07-25:" announces the untimed items below it: each is an entry of that day.
    @Test func aDayLineWithAColonDatesTheUntimedItemsBelowIt() {
        let entries = pairs("""
        ## Timeline

        2019-07-25:
        * Issue 7728 opened reporting crashes

        2019-08-09:
        * ClusterFuzz reports a crash
        * 11:20 AM v1.11.2 pushed
        """)
        #expect(entries == [["2019-07-25", "Issue 7728 opened reporting crashes"], ["2019-08-09", "ClusterFuzz reports a crash"],
                            ["11:20 AM", "v1.11.2 pushed"]])
    }

    /// Once day lines announce their lists, one written without its colon does too.
    @Test func aDayLineWithoutItsColonAmongOthers() {
        let entries = pairs("""
        ## Timeline

        2019-10-08:
        * Patches scheduled for release

        2019-10-10
        * Filed follow-up issue 8567
        """)
        #expect(entries == [["2019-10-08", "Patches scheduled for release"], ["2019-10-10", "Filed follow-up issue 8567"]])
    }

    @Test(arguments: ["## Key events", "## Chronology of events", "The following events took place October 4, 2021:",
                      "📅 **Sequence of events**"])
    func timelinesUnderOtherNames(label: String) {
        let entries = pairs("\(label)\n\n- 15:39 UTC: Routers withdraw the routes\n- 21:20 UTC: Service restored\n")
        #expect(entries == [["15:39 UTC", "Routers withdraw the routes"], ["21:20 UTC", "Service restored"]])
    }

    @Test func aRowWithoutATimeGoesOnWithTheEventAbove() {
        let entries = pairs("""
        | Time | Event |
        | --- | --- |
        | 10:00 | Alert fires for |
        |  | the checkout service |
        | 10:30 | Rolled back |
        """)
        #expect(entries == [["10:00", "Alert fires for the checkout service"], ["10:30", "Rolled back"]])
    }

    /// A row broken in the source: its second line reads as a row of one cell of words.
    @Test func aRowBrokenInTheSourceGoesOnWithTheEventAbove() {
        let entries = pairs("""
        | Time | Event |
        | --- | --- |
        | 10:00 | Users see errors on
        the checkout page |
        | ... |
        | 10:30 | Service restored |
        """)
        #expect(entries == [["10:00", "Users see errors on the checkout page"], ["10:30", "Service restored"]])
    }

    @Test func imagesAndBadgesAreNotPartOfAnEvent() {
        let entries = pairs("""
        ## Timeline

        - 04:45 - Uptime drops sharply.
          ![SaaS uptime metric](uptime.png)
        - 09:15 - Service restored.
        """)
        #expect(entries == [["04:45", "Uptime drops sharply."], ["09:15", "Service restored."]])
    }

    @Test func aTimeQualifiedByAFewWordsBeforeTheEntrysColon() {
        let entries = pairs("""
        ## Timeline

        - Aug 31 8:49am: Health degraded
        - Some time before Aug 31 10:27am: All indexes deleted
        """)
        #expect(entries == [["Aug 31 8:49am", "Health degraded"], ["Some time before Aug 31 10:27am", "All indexes deleted"]])
    }

    /// A day line without a colon still only dates the timed entries under it.
    @Test func aDayHeadingDoesNotMakeDetailsEntries() {
        let entries = pairs("""
        ## Timeline

        - Sunday, May 13th, 2023:
          - 10:20 pm: Complaints received.
        - Monday, May 14th, 2023:
          - 3:00 pm: Issue resolved.
        """)
        #expect(entries == [["10:20 pm", "Complaints received."], ["3:00 pm", "Issue resolved."]])
    }

    /// A day line with only a note in brackets is a day line, not an entry.
    @Test func aDayLineWithANoteIsNoEntry() {
        let incident = Fixtures.incident("""
        ## Timeline

        2015-10-21 (all times UTC)
        - 14:54 OUTAGE BEGINS: search backends melt down
        - 16:00 OUTAGE ENDS: all traffic back to normal
        """)
        #expect(incident.timeline.map(\.rawTime) == ["14:54", "16:00"])
        #expect(incident.timeline.first?.time?.localDate?.description == "2015-10-21")
    }

    @Test func entriesWrittenOneAfterAnotherOnOneLine() {
        let entries = pairs("""
        ## Timeline

        12:00pm EAT: Issue was detected. 12:06pm EAT: Only one server was responding. 12:16pm EAT: Service was restored.
        """)
        #expect(entries == [["12:00pm EAT", "Issue was detected."], ["12:06pm EAT", "Only one server was responding."],
                            ["12:16pm EAT", "Service was restored."]])
    }

    /// Sentences that carry their time, one of them starting with a range: each is an entry,
    /// written whole.
    @Test func sentencesThatCarryTheirTime() {
        let entries = pairs("""
        ## Timeline

        - Between 3AM and 4AM on Wednesday, January 15, 2020, login links produced an error.
        - Catalog users were unable to log in.
        - Service was fully restored by 9:00 AM on Friday.
        """)
        #expect(entries.map { $0[0] } == ["Between 3AM and 4AM on Wednesday, January 15, 2020", "9:00 AM on Friday"])
        #expect(entries.first?[1] == "Between 3AM and 4AM on Wednesday, January 15, 2020, login links produced an error.")
    }
}
