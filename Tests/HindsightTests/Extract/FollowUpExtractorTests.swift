import Testing
@testable import HindsightCore

/// Follow-ups read from the shapes postmortems give them: action tables, task lists,
/// bullets under category labels, plain lines under a label, and front matter.
struct FollowUpExtractorTests {
    private func followUps(_ markdown: String) -> [FollowUp] {
        Fixtures.incident(markdown).followUps
    }

    @Test func actionTableRowsAreItemsWithTheirColumns() throws {
        let items = followUps("""
            # Outage

            ## Action items

            | Action item | Type | Owner | Bug | Status | Due |
            | --- | --- | --- | --- | --- | --- |
            | Alert on replication lag | Detect | dba-team | [OPS-12](https://tracker.example.com/browse/OPS-12) | DONE | |
            | Document the failover | Process | ??? | n/a | In progress | 2025-04-01 |
            | | | | | | |
            """)
        try #require(items.count == 2)
        #expect(items[0].text == "Alert on replication lag")
        #expect(items[0].kind == .detect)
        #expect(items[0].owner == "dba-team")
        #expect(items[0].link == "https://tracker.example.com/browse/OPS-12")
        #expect(items[0].status == .done)
        #expect(items[1].owner == nil, "a placeholder owner is no owner")
        #expect(items[1].status == .open)
        #expect(items[1].kind == .process)
        #expect(items[1].due == CalendarDate(year: 2025, month: 4, day: 1))
    }

    @Test func taskListBoxesAndStrikethroughGiveTheStatus() {
        let items = followUps("""
            ## Follow-ups

            - [x] Roll back the release
            - [ ] Add a canary stage (owner: Priya)
            - ~~Rotate the leaked token~~
            - Review the on-call rota @sam
            """)
        #expect(items.map(\.text) == ["Roll back the release", "Add a canary stage", "Rotate the leaked token", "Review the on-call rota @sam"])
        #expect(items.map(\.status) == [.done, .open, .done, .unknown])
        #expect(items.map(\.owner) == [nil, "Priya", nil, "sam"])
    }

    @Test func categoryBulletsAreNotItemsTheirLeavesAre() {
        let items = followUps("""
            ## Corrective and preventative measures

            - **Improvements/Fixes:**
              - Enable error logging on every server.
              - Test changes in staging first.
            - **Tasks:**
              - Patch the Nginx configuration (JIRA-204).
              - Add monitoring on server memory, see #42.
            """)
        #expect(items.map(\.text) == ["Enable error logging on every server.", "Test changes in staging first.",
                                      "Patch the Nginx configuration (JIRA-204).", "Add monitoring on server memory, see #42."])
        #expect(items.map(\.link) == [nil, nil, "JIRA-204", "#42"])
    }

    @Test func plainLinesUnderALabelAreItemsLeadInsAndConclusionsAreNot() {
        let items = followUps("""
            Root cause: a typo in wp-settings.php.

            Corrective and preventative measures:
            To avoid this, we will take the following actions:
            Enable PHP error logging on all servers.
            TODO: Add a Puppet check for misspelled file names.
            In conclusion, testing would have caught it.
            """)
        #expect(items.map(\.text) == ["Enable PHP error logging on all servers.", "Add a Puppet check for misspelled file names."])
        #expect(items.map(\.status) == [.unknown, .open])
    }

    /// Under "Solution", the response told in the past is no follow-up; a step still to take is.
    @Test func aParagraphTellingWhatWasDoneIsNoItem() {
        let items = followUps("""
            ## Solution

            A temporary solution was to disable the CDN proxies until the provider fixed the issue.

            The real fix needs paginated retrieval of the wearables, which we will implement next.
            """)
        #expect(items.map(\.text) == ["The real fix needs paginated retrieval of the wearables, which we will implement next."])
    }

    /// A wrapped item goes on after a line that stops mid-phrase or before a link; a box
    /// starts a new one.
    @Test func aWrappedItemGoesOnAcrossALinkButABoxStartsAnother() {
        let items = followUps("""
            ## Action items

            * Status monitoring. Enable an uptime service such as
            [UptimeRobot](https://uptimerobot.com/) to alert on outages.

            ## Solution

            [] Penalise services that return too many 5xx responses
            [] Add the CPU health status to the health endpoint
            """)
        #expect(items.map(\.text) == [
            "Status monitoring. Enable an uptime service such as UptimeRobot to alert on outages.",
            "Penalise services that return too many 5xx responses", "Add the CPU health status to the health endpoint",
        ])
    }

    /// The last sentence of a paragraph that ends with a colon names the list after it.
    @Test func aLeadInSentenceAtTheEndOfAParagraphNamesItsList() {
        let items = followUps("""
            ## Wrapping up

            This incident was no walk in the park, but it taught us a lot. Think of it as a crash course. Here's what we're doing to prevent it:

            * **Code reviews:** We're sharpening our reviews to spot bugs.
            * **Monitoring:** We're upgrading our alerts.
            """)
        #expect(items.count == 2)
    }

    /// A headline ending in a colon over one sub-item is one action with its explanation; over
    /// several, it is a category and its leaves are the actions.
    @Test func aHeadlineOverOneSubItemIsOneActionWithItsExplanation() {
        let items = followUps("""
            ## Corrective and preventative measures

            1. **Optimize database scaling:**
               - A makeover for our database. Is it gym time for our server?
            2. **Monitoring:**
               - Alert on slow queries.
               - Alert on replication lag.
            """)
        #expect(items.map(\.text) == ["Optimize database scaling: A makeover for our database. Is it gym time for our server?",
                                       "Alert on slow queries.", "Alert on replication lag."])
    }

    /// A timeline entry named like a section ("17:30 UTC: Corrective actions") opens none.
    @Test func aTimedEntryNamedLikeASectionOpensNone() {
        let items = followUps("""
            ## Timeline

            - **17:30 UTC: Corrective actions**
              - Load balancer logs analyzed.

            ## Corrective and preventative measures

            - Enhance monitoring of ACL changes.
            """)
        #expect(items.map(\.text) == ["Enhance monitoring of ACL changes."])
    }

    @Test func aDocumentWithoutAFollowUpSectionHasNone() {
        #expect(followUps("# Outage\n\n## Timeline\n\n- 10:00 Alert fires\n- 10:30 Fixed\n\n### Email spoofing prevention\n\n- SPF is set up.\n").isEmpty)
    }

    @Test func anArchetypesPromptRowIsNoItem() {
        #expect(followUps("## Action items\n\n| Action | Owner | Status |\n| --- | --- | --- |\n| _What will prevent it from happening again_ | _Name_ | Open |\n").isEmpty)
    }

    @Test func frontMatterReplacesWhatTheBodySays() throws {
        let incident = Fixtures.incident("""
            ---
            follow_ups:
              - text: Alert on replication lag
                owner: dba-team
                kind: detect
                status: done
                link: https://tracker.example.com/OPS-12
                due: 2025-04-01
              - Document the failover runbook
            ---
            ## Action items

            - Something the body says
            """)
        let items = incident.followUps
        try #require(items.count == 2)
        #expect(items[0] == FollowUp(text: "Alert on replication lag", owner: "dba-team", kind: .detect, status: .done,
                                     link: "https://tracker.example.com/OPS-12", due: CalendarDate(year: 2025, month: 4, day: 1),
                                     line: items[0].line))
        #expect(items[1].text == "Document the failover runbook")
        #expect(items[1].status == .unknown)
        #expect(incident.evidence[.followUps]?.provenance.source == .frontMatter)
    }
}
