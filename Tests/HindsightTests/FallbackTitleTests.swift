import Testing
@testable import HindsightCore

/// Documents that name their incident nowhere still get a title a reader can use.
@Suite struct FallbackTitleTests {
    @Test func identifierFileNamesGiveWayToTheFirstSentence() {
        let text = "---\ncompany: Heroku\n---\n\nAn upstream `apt` update broke pinned packages. Customers saw failures.\n"
        let incident = Fixtures.incident(text, name: "0afb9162-9810-4b29-b5f3-d2f41508aede.md")
        #expect(incident.title == "Heroku: An upstream apt update broke pinned packages")
    }

    @Test func longSentencesAreCutAtAWord() {
        let sentence = String(repeating: "database replica lag grew ", count: 8) + "until writes failed."
        let incident = Fixtures.incident(sentence + "\n", name: "017.md")
        #expect(incident.title.hasSuffix("…"))
        #expect(incident.title.count <= FallbackTitle.maximumLength + 1)
        #expect(incident.title.hasPrefix("database replica lag grew"))
    }

    @Test func descriptiveFileNamesStillWin() {
        #expect(Fixtures.incident("The web server failed for everyone.\n", name: "nginx-outage.md").title == "nginx outage")
        #expect(Fixtures.incident("The web server failed for everyone.\n", name: "README.md").title == "The web server failed for everyone")
    }
}
