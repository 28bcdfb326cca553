import Testing
@testable import HindsightCore

struct TitleExtractorTests {
    @Test func frontMatterWins() {
        let incident = Fixtures.incident("---\ntitle: Declared title\n---\n# Heading title\n")
        #expect(incident.title == "Declared title")
    }

    /// A dateline under no heading names a day, not the incident: the title falls back past it.
    @Test(arguments: ["2022-05-10", "**Tuesday, 14 February 2023**", "March 7, 2023"])
    func aDatelineIsNoTitle(dateline: String) {
        let incident = Fixtures.incident("\(dateline)\n\nThe checkout API returned errors for an hour.\n")
        #expect(incident.title != dateline && incident.title != "Tuesday, 14 February 2023")
    }

    @Test func aTitleWithADateStillNamesTheIncident() {
        #expect(Fixtures.incident("# Outage of 4 Mar 2021\n\nText.\n").title == "Outage of 4 Mar 2021")
        // A heading that is only a date is the title its author gave.
        #expect(Fixtures.incident("# April 22nd, 2022\n\nSome nodes failed for an hour.\n").title == "April 22nd, 2022")
    }

    @Test func courseLabelIsSkippedForTheHeadingThatNamesTheIncident() {
        let incident = Fixtures.incident("# 0x19. Postmortem\n\n## Nginx outage on web-01\n\n### Issue Summary\n\nText.\n")
        #expect(incident.title == "Nginx outage on web-01")
    }

    @Test func courseLabelIsTheTitleWhenOnlySectionsFollow() {
        let incident = Fixtures.incident("# Postmortem Report\n\n## Issue Summary\n\nThe site was down for an hour.\n\n## Root Cause and Resolution\n\nA bad config.\n")
        #expect(incident.title == "Postmortem Report")
    }

    @Test func subsectionsOfACourseLabelAreNotTitles() {
        let incident = Fixtures.incident("# Postmortem\n\nUpon the release of the project, an outage occurred on the server.\n\n## Debugging Process\n\nSteps.\n")
        #expect(incident.title == "Postmortem")
    }

    @Test func sectionNamesAreSkipped() {
        let incident = Fixtures.incident("**Issue Summary:**\nDatabase meltdown at noon\n\n- **Duration:** one hour\n")
        #expect(incident.title == "Database meltdown at noon")
    }

    @Test func titleLabelIsStripped() {
        #expect(Fixtures.incident("# Title: Incident with the pricing API\n").title == "Incident with the pricing API")
    }

    @Test func boldFirstLineIsATitle() {
        #expect(Fixtures.incident("**Postmortem: Cache outage**\n\n### Issue Summary\n\nText.\n").title == "Postmortem: Cache outage")
    }

    @Test func plainFirstLineIsATitle() {
        let incident = Fixtures.incident("Apache error fix\n\nSUMMARY\n\nI was building a site when it failed.\n")
        #expect(incident.title == "Apache error fix")
    }

    @Test func wrappedProseIsNotATitle() {
        let incident = Fixtures.incident("Upon the release of the project the server\nstarted failing for all users.\n", name: "web-outage.md")
        #expect(incident.title == "web outage")
    }

    @Test func headingWrittenWithoutItsSpaceIsCleaned() {
        #expect(Fixtures.incident("###Posmortem\n\nAn outage happened at noon.\n").title == "Posmortem")
    }

    @Test func badgesAndBareLinksAreDecoration() {
        let markdown = "https://example.com/blog/post\n<br>\nServer Outage Due to a Bug<br>\n\nIssue Summary\n"
        #expect(Fixtures.incident(markdown).title == "Server Outage Due to a Bug")
    }

    @Test func fileNameIsTheLastResort() {
        #expect(Fixtures.incident("Issue Summary\n\nThe web server failed for every user, all day long.\n", name: "db-outage.md").title == "db outage")
    }
}

/// Titles and metadata in shapes first seen in postmortems nobody tuned for.
struct UnseenTitleShapeTests {
    @Test func mdxExportHoldsTheMetadata() {
        let incident = Fixtures.incident("""
            export const post = {
              title: "Payments API outage",
              date: "2024-03-02",
              author: "Jane Doe",
            }

            The payments API failed.
            """)
        #expect(incident.title == "Payments API outage")
        #expect(incident.date?.description == "2024-03-02")
        #expect(incident.authors.map(\.name) == ["Jane Doe"])
        #expect(incident.evidence[.title]?.provenance.source == .frontMatter)
    }

    /// Written on one line, the object is read all the same, and its keys are on line 1.
    @Test func anMDXExportOnOneLineHoldsTheMetadata() {
        let incident = Fixtures.incident("""
            export const post = { title: "Flutter tool crash on v1.12.13", date: "2020-01-10", author: 'Ada Lovelace' };

            The tool crashed.
            """)
        #expect(incident.title == "Flutter tool crash on v1.12.13")
        #expect(incident.date?.description == "2020-01-10")
        #expect(incident.authors.map(\.name) == ["Ada Lovelace"])
        #expect(incident.evidence[.title]?.provenance.line == 1)
        #expect(!incident.bodyHTML.contains("export const"))
    }

    /// A label and a date, even in italics or a heading, are metadata, not the title.
    @Test func anEmphasizedDateLineIsNoTitle() {
        let incident = Fixtures.incident("# Outage\n\n*Posted On: 11th August, 2023*\n\n## Checkout failures in the EU\n\nText.\n")
        #expect(incident.title != "Posted On: 11th August, 2023")
        #expect(Fixtures.incident("**Date: June 22, 2020**\n\n**Checkout failures in the EU**\n").title == "Checkout failures in the EU")
    }

    /// A clock time and its event is a timeline's entry, never the title; a day alone may
    /// head the report.
    @Test func aTimelineEntryIsNoTitle() {
        let incident = Fixtures.incident("Issue Summary:\nRoot Cause: a load balancer.\n\nTimeline:\n10.05am - Monitoring alert detected high error rates\n")
        #expect(incident.title != "10.05am - Monitoring alert detected high error rates")
        #expect(Fixtures.incident("### 21:00 - Team alerted\n\nText.\n").title != "21:00 - Team alerted")
        #expect(Fixtures.incident("# 2021-06-03: Database Full\n\nText.\n").title == "2021-06-03: Database Full")
    }

    @Test(arguments: ["*By Priya Natarajan and Tom Baker*", "**Report Prepared By: John Okafor**", "Written by: @lchen"])
    func aCreditIsNoTitle(credit: String) {
        #expect(Fixtures.incident("# Postmortem\n\n\(credit)\n\n## Summary\n\nText.\n").title == "Postmortem")
    }

    @Test func aGenericLabelLosesToTheHeadingThatNamesTheIncident() {
        #expect(Fixtures.incident("# Objective\n\n# Nginx outage on web-01\n\nText.\n").title == "Nginx outage on web-01")
    }

    @Test func anEmphasizedNoteToTheReaderIsNoTitle() {
        let incident = Fixtures.incident("""
            _Before running a post-mortem, please see the [post-mortem standards](standards.md)._

            # Patron Login Disruption Post-mortem

            Text.
            """)
        #expect(incident.title == "Patron Login Disruption Post-mortem")
    }

    @Test func anHTMLHeadingCounts() {
        #expect(Fixtures.incident("<h1 align=\"center\">Checkout outage of May 3</h1>\n\nText here.\n").title == "Checkout outage of May 3")
    }

    /// "Label: value" is a metadata field unless its label names the document: a plain-text
    /// postmortem's first line "iPostmortem: Checkout outage" is its title, not the
    /// "Duration: …" line under it.
    @Test(arguments: ["iPostmortem: E-commerce checkout outage", "Incident report: Checkout down for two hours"])
    func aLabelThatNamesTheDocumentIsATitle(_ first: String) {
        let incident = Fixtures.incident("\(first)\nIssue Summary\nDuration: Thursday, May 9, 2024, 17:30 PST - 01:00 PST\nImpact: checkout failed.\n")
        #expect(incident.title == first)
    }

    @Test(arguments: ["Incident Date: May 9, 2024", "Duration of Outage: 4 hours, from 02:00 AM to 06:00 AM (EAT)"])
    func aMetadataFieldIsNoTitle(_ field: String) {
        let incident = Fixtures.incident("\(field)\nCheckout outage\n\nThe site was down.\n")
        #expect(incident.title == "Checkout outage")
    }
}
