import Testing
@testable import HindsightCore

struct SectionNameTests {
    @Test(arguments: ["Issue Summary:", "Root Cause and Resolution", "Corrective/Preventative measures", "What happened?",
                      "Timeline (all times UTC)", "Duration of the outage", "Debugging Process"])
    func sectionNames(_ heading: String) {
        #expect(SectionNames.isSectionName(heading))
    }

    /// An outline number ("3. Authors", as NYPL's template numbers its sections) does not
    /// hide what the section is.
    @Test func numberedSectionsAreKnownByTheirNames() {
        #expect(SectionNames.isAuthors("3. Authors"))
        #expect(SectionNames.isSummary("2. Incident Summary"))
        #expect(!SectionNames.isAuthors("3. Authors of the bug"))
    }

    @Test(arguments: ["SERVER OUTAGE INCIDENT REPORT", "Nginx outage on web-01", "Database Full", "Postmortem"])
    func namesOfIncidentsAreNotSections(_ heading: String) {
        #expect(!SectionNames.isSectionName(heading))
    }

    @Test(arguments: ["0x19. Postmortem", "Postmortem", "MY FIRST POSTMORTEM", "Post Mortem", "Postmortem Report"])
    func courseLabels(_ text: String) {
        #expect(CourseLabel.matches(text))
    }

    @Test func anIncidentIsNotACourseLabel() {
        #expect(!CourseLabel.matches("Postmortem: Cache outage"))
    }
}
