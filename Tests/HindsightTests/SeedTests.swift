import Testing
@testable import HindsightCore

/// The postmortem the project started from, as the foundation issue specifies it.
@Suite(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus"))
struct SeedTests {
    let incident: Incident

    init() throws {
        incident = try Corpus.seedIncident()
    }

    @Test func titleIsTheIncidentHeadingNotTheCourseLabel() {
        #expect(incident.title == "SERVER OUTAGE INCIDENT REPORT")
    }

    @Test func dateComesFromTheProse() {
        #expect(incident.date?.description == "2024-04-20")
    }

    @Test func authorHasNameEmailAndURL() {
        #expect(incident.authors == [Author(name: "Prince NZAMUWE", email: "princenzmw@gmail.com", url: "https://github.com/princenzmw")])
    }

    @Test func timelineHasEightEntriesAsWritten() throws {
        #expect(incident.timeline.count == 8)
        let first = try #require(incident.timeline.first)
        #expect(first.rawTime == "10:35 PM")
        #expect(first.text == "Start upgrading implementation")
        #expect(incident.timeline.last?.rawTime == "01:22PM")
    }
}
