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
}
