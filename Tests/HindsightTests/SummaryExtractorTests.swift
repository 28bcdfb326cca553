import Testing

struct SummaryExtractorTests {
    @Test func frontMatterWins() {
        #expect(Fixtures.incident("---\nsummary: Declared\n---\n## Summary\n\nThe database was down for an hour.\n").summary == "Declared")
    }

    @Test func descriptionCounts() {
        #expect(Fixtures.incident("---\ndescription: Described here\n---\nText that is long enough to count.\n").summary == "Described here")
    }

    @Test func summaryHeadingSection() {
        let markdown = "# Outage\n\nAn introduction that is long enough.\n\n## Issue Summary\n\nThe database was\ndown for an hour.\n"
        #expect(Fixtures.incident(markdown).summary == "The database was down for an hour.")
    }

    @Test func boldSummaryLabel() {
        let markdown = "**Outage**\n\n**Issue Summary:**\n\nThe database was down for an hour.\n"
        #expect(Fixtures.incident(markdown).summary == "The database was down for an hour.")
    }

    @Test func plainSummaryLabelWithTextAfterIt() {
        let markdown = "Outage report\n\nIssue Summary: The database was down for an hour.\n"
        #expect(Fixtures.incident(markdown).summary == "The database was down for an hour.")
    }

    @Test func firstRealParagraphSkipsImages() {
        let markdown = "# Outage\n\n![a cat logo that is long enough](cat.png)\n\nThe database was down for an hour.\n"
        #expect(Fixtures.incident(markdown).summary == "The database was down for an hour.")
    }

    /// Who wrote the report is not what happened: credits, closings and the Authors section
    /// are passed over, and so the title is not made from them either.
    @Test(arguments: [
        "Report Prepared By: John Okafor, SRE Team\n\nThe database was down for an hour.\n",
        "*By Priya Natarajan and Tom Baker*\n\nThe database was down for an hour.\n",
        "## Author\n\nName: Kwame Mensah - Cohort 14 - Accra\n\n## What happened\n\nThe database was down for an hour.\n",
    ])
    func creditsAreNoSummary(markdown: String) {
        let incident = Fixtures.incident("# Outage\n\n" + markdown)
        #expect(incident.summary == "The database was down for an hour.")
    }

    @Test func aSignOffIsNoSummary() {
        #expect(Fixtures.incident("# Outage\n\nThe API failed.\n\nRegards,\nOmar Haddad of the Platform Team\n").summary == "")
    }

    /// A timeline's entry tells one moment: it is neither the summary nor, through it, the
    /// title of a document that names itself nowhere.
    @Test func aTimelineEntryIsNoSummary() {
        let markdown = "# Outage\n\n## Timeline\n\n- 12:02 AM EAT: site unreachable for all users\n- 1:10 AM EAT: site reachable again\n"
        let timelineOnly = Fixtures.incident(markdown)
        #expect(timelineOnly.summary == "")
        #expect(timelineOnly.title != "12:02 AM EAT: site unreachable for all users")
        let withProse = Fixtures.incident(markdown + "\n## Root cause\n\nThe nginx worker pool was exhausted by a bot.\n")
        #expect(withProse.summary == "The nginx worker pool was exhausted by a bot.")
    }
}
