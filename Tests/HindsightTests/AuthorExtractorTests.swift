import Testing
@testable import HindsightCore

struct AuthorExtractorTests {
    @Test func frontMatterString() {
        #expect(Fixtures.incident("---\nauthor: Jane Doe <jane@example.com>\n---\nText.\n").authors
            == [Author(name: "Jane Doe", email: "jane@example.com")])
    }

    @Test func frontMatterListOfStrings() {
        #expect(Fixtures.incident("---\nauthors:\n  - miketheman\n  - ewdurbin\n---\nText.\n").authors.map(\.name) == ["miketheman", "ewdurbin"])
    }

    @Test func frontMatterListOfMaps() {
        let markdown = "---\nauthors:\n  - name: Jane Doe\n    email: jane@example.com\n    url: https://example.com/jane\n---\nText.\n"
        #expect(Fixtures.incident(markdown).authors == [Author(name: "Jane Doe", email: "jane@example.com", url: "https://example.com/jane")])
    }

    @Test func tomlAuthor() {
        #expect(Fixtures.incident("+++\nauthor = \"Pietro Albini\"\n+++\nText.\n").authors == [Author(name: "Pietro Albini")])
    }

    @Test func byLineWithLinkAndAddressOnTheNextLine() {
        let markdown = "# Outage\n\n> By [Jane Doe](https://github.com/janedoe)\n> <jane@example.com>\n"
        #expect(Fixtures.incident(markdown).authors == [Author(name: "Jane Doe", email: "jane@example.com", url: "https://github.com/janedoe")])
    }

    @Test func bareAuthorLabelDropsTheRole() {
        #expect(Fixtures.incident("Author: Jane Doe, Senior DevOps Engineer\n").authors == [Author(name: "Jane Doe")])
    }

    @Test func createdByWithAutolinkedAddress() {
        #expect(Fixtures.incident("Created By: Jane Doe <jane@example.com>\n").authors == [Author(name: "Jane Doe", email: "jane@example.com")])
    }

    @Test func preparedByInAList() {
        #expect(Fixtures.incident("- **Report Prepared by:** Jane Doe, Incident Manager\n- **Reviewed by:** John Smith\n").authors
            == [Author(name: "Jane Doe")])
    }

    @Test func authorsLabelThenAList() {
        #expect(Fixtures.incident("Authors:\n- Jane Doe, ACME\n- John Smith, Globex\n").authors.map(\.name) == ["Jane Doe", "John Smith"])
    }

    @Test func authorsSectionWithHandles() {
        #expect(Fixtures.incident("## Authors\n\n@alice @bob\n").authors.map(\.name) == ["@alice", "@bob"])
    }

    @Test func authorsLineWithCommaSeparatedHandles() {
        #expect(Fixtures.incident("Authors: @alice, @bob\n").authors.map(\.name) == ["@alice", "@bob"])
    }

    @Test func authorsRowOfAMetadataTable() {
        #expect(Fixtures.incident("|  |  |\n| --- | --- |\n| Authors | serathius@ |\n").authors == [Author(name: "serathius")])
    }

    @Test func proseStartingWithByIsNoCredit() {
        #expect(Fixtures.incident("By addressing these measures, we aim to improve reliability.\n").authors.isEmpty)
    }

    @Test func teamContactIsNoCredit() {
        #expect(Fixtures.incident("Questions? Write to the engineering team at <team@example.com>.\n").authors.isEmpty)
    }

    @Test func noneIsEmpty() {
        #expect(Fixtures.incident("# Outage\n\nThe server failed.\n").authors.isEmpty)
    }
}

/// Authors named the ways postmortems nobody tuned for name them.
struct UnseenAuthorShapeTests {
    @Test func anAddressAloneNamesItsOwner() {
        let incident = Fixtures.incident("# CVE postmortem\n\n## Authors\n\nyavlasov@google.com\n\n## Status\n\nFinal\n")
        #expect(incident.authors == [Author(name: "yavlasov", email: "yavlasov@google.com")])
    }

    @Test func theSignOffAtTheEnd() {
        let team = Fixtures.incident("# Outage\n\nThe database locked up.\n\nThank you for your trust and support,\nTorBox Team\n")
        #expect(team.authors.map(\.name) == ["TorBox Team"])
        #expect(team.evidence[.authors]?.provenance.detail == "the sign-off at the end")
        let handle = Fixtures.incident("# Outage\n\nNginx was down.\n\n@123mame\n")
        #expect(handle.authors.map(\.name) == ["@123mame"])
    }

    @Test func aClosingAloneAboveTheNameSignsOff() {
        let incident = Fixtures.incident("# Outage\n\nThe API failed.\n\nThanks,\n\nMaria Garcia\n")
        #expect(incident.authors.map(\.name) == ["Maria Garcia"])
    }

    /// The name under the closing may carry its role, after a comma or on the lines below.
    @Test(arguments: [
        "Cheers,\nMei Chen\nSite Reliability Engineer\n",
        "Thanks,\n\nMei Chen\nSite Reliability Engineer\nExample Corp\n",
        "Best regards,\nMei Chen, SRE team\n",
    ])
    func theSignedNameWithItsRole(closing: String) {
        let incident = Fixtures.incident("# Outage\n\nThe API failed.\n\n\(closing)")
        #expect(incident.authors.map(\.name) == ["Mei Chen"])
    }

    /// A contact line under an author's name is about that author, not another one.
    @Test func aContactLineCompletesTheAuthorAboveIt() {
        let incident = Fixtures.incident("# Outage\n\nText.\n\n## Author\n\nName: Kwame Mensah - Cohort 14 - Accra\n\nAddress: kwame@example.com\n")
        #expect(incident.authors == [Author(name: "Kwame Mensah", email: "kwame@example.com")])
    }

    @Test func aNoteInBracketsAfterTheNameIsNotTheName() {
        #expect(Fixtures.incident("# Outage\n\nWritten by: @lchen (Platform)\n\nText.\n").authors.map(\.name) == ["@lchen"])
        #expect(Fixtures.incident("# Outage\n\nAuthor: Jane Doe (SRE)\n\nText.\n").authors.map(\.name) == ["Jane Doe"])
    }

    @Test func aClosingInTheMiddleIsNoSignOff() {
        let incident = Fixtures.incident("# Outage\n\nThanks to everyone,\nWe fixed it.\n\nMore text here.\n\nAnd more.\n\nThe end of the report.\n")
        #expect(incident.authors.isEmpty)
    }
}

/// An Authors section that says where its author studies or works.
struct AuthorAffiliationTests {
    @Test(arguments: [
        "## Author\n\nJane Doe: Cohort 14 - Bogotá\n\n## Summary\n\nText.\n",
        "## Author\n\nName: Jane Doe\nCohort 14 - Bogotá\n\n## Summary\n\nText.\n",
        "## Author\n\nName: Jane Doe - Cohort 14 - Bogotá\n\n## Summary\n\nText.\n",
        "Author: Jane Doe | Site Reliability, Bogotá\n\n## Summary\n\nText.\n",
    ])
    func theAffiliationIsNotTheName(section: String) {
        #expect(Fixtures.incident("# Outage\n\n" + section).authors.map(\.name) == ["Jane Doe"])
    }
}
