import Testing
@testable import HindsightCore

/// A postmortem without action items often writes its follow-ups as lessons: "Takeaways:
/// Need to ensure smoke tests run". Those are its follow-ups; the lessons it only tells are not.
struct LessonsToDoTests {
    private func followUps(_ markdown: String) -> Incident {
        Fixtures.incident(markdown)
    }

    @Test func listedLessonsPhrasedAsWorkAreTheFollowUpsWhenThereAreNoActionItems() throws {
        let incident = followUps("""
            # Outage

            ## Action Items

            | Description | Type | Owner | Issue # |
            | --- | --- | --- | --- |
            | | | | |

            ## Lessons Learned

            ### What went well
            - Fast identification of root cause

            ### What went wrong
            - The first patch has to be updated because of colliding field IDs.

            ### Takeaways
            - Need to ensure smoke tests are part of every acceptance criterion
            - Prioritize automated end-to-end testing
            - Consider splitting the controllers
            """)
        #expect(incident.followUps.map(\.text) == [
            "Need to ensure smoke tests are part of every acceptance criterion",
            "Prioritize automated end-to-end testing",
            "Consider splitting the controllers",
        ])
        let provenance = try #require(incident.evidence[.followUps]?.provenance)
        #expect(provenance.detail == "3 lessons phrased as work to do")
    }

    /// "The lessons that we are taking away are as follows:" names its list, and a lesson
    /// wrapped by hand over several lines keeps all its sentences.
    @Test func aLeadInNamesTheLessonsAndAWrappedItemStaysWhole() {
        let incident = followUps("""
            # Outage

            The lessons that we are taking away from this incident are as follows:

              - We need to document the process of deploying changes to production.
                Defining a process will let us improve it over time.
              - Changes tested in isolation should be deployed one at a time.
            """)
        #expect(incident.followUps.map(\.text) == [
            "We need to document the process of deploying changes to production. Defining a process will let us improve it over time.",
            "Changes tested in isolation should be deployed one at a time.",
        ])
    }

    @Test func lessonsThatAreOnlyToldOrWrittenAsProseAreNoFollowUps() {
        let told = followUps("""
            # Outage

            ## Lessons learned

            - Our alerting caught the problem within a minute.
            - Staging does not match production.

            We will review why the reports were considered invalid, and whether they need a faster path.
            """)
        #expect(told.followUps.isEmpty)
    }

    @Test func actionItemsWinOverLessons() {
        let incident = followUps("""
            # Outage

            ## Action items

            - Add an alert on replication lag

            ## Lessons learned

            - We need to test failovers monthly
            """)
        #expect(incident.followUps.map(\.text) == ["Add an alert on replication lag"])
    }

    @Test(arguments: [
        ("We need to document the deploy process", true), ("Need to ensure smoke tests run", true),
        ("Prioritize end-to-end testing", true), ("Changes should be deployed one at a time", true),
        ("The team will add a canary stage", true), ("Our alerting caught it within a minute", false),
        ("No end-to-end testing capability", false), ("Fast notification of the stakeholders", false),
    ])
    func commitmentsAreToldByTheirWording(_ text: String, _ isCommitment: Bool) {
        #expect(LessonPhrasing.isCommitment(text) == isCommitment)
    }
}
