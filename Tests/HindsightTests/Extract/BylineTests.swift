import Testing
@testable import HindsightCore

/// Students sign their report at its top: the name is the author, the line below the title.
struct BylineTests {
    @Test func aNameSignedAboveTheTitleIsTheAuthor() throws {
        let incident = Fixtures.incident("""
            Keitumetse Molefe
            Post-mortem outage - 0x19. Post-Mortem
            Due date: 18th December 2023

            A widely used e-commerce website went down on 20th December, 2023.
            """)
        #expect(incident.title == "Post-mortem outage - 0x19. Post-Mortem")
        #expect(incident.authors.map(\.name) == ["Keitumetse Molefe"])
        #expect(incident.evidence[.authors]?.provenance.detail == "the name signed at the top")
    }

    @Test(arguments: [
        "Database Outage\nPostmortem report\n\nThe database went down.",
        "Keitumetse Molefe\nThe site went down on Monday and nobody noticed for an hour.\n\nMore text.",
        "# Ada Lovelace\n\nPostmortem of the checkout outage\n",
    ])
    func aTitleOrAHeadingIsNoByline(_ markdown: String) {
        #expect(Byline.author(in: ExtractionContext(document: Fixtures.parsed(markdown))) == nil)
    }
}
