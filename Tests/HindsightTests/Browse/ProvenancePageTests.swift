import Foundation
import Testing

/// An incident page says how its facts were read: times read otherwise than written, and
/// where the duration and the other facts came from.
@Suite struct ProvenancePageTests {
    static let repaired = """
        # Checkout outage

        On 2024-04-20 checkout failed.

        | Time | Event |
        | --- | --- |
        | 10:35 PM | Deploy of cart & checkout |
        | 11:15AM | Users see errors |
        | 12:03AM | Alert fired |
        | 01:00PM | Service restored |
        """

    static func page(_ markdown: String) throws -> String {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("doc.md", markdown)
        let incident = try #require(site.build().incidents.first)
        return try #require(site.output(incident.url + "index.html"))
    }

    @Test func aRepairedTimeIsShownAsReadBesideItsWrittenFormWithWhy() throws {
        let html = try Self.page(Self.repaired)
        #expect(html.contains(#"<td class="time">12:03 PM <span class="as-written">written 12:03AM</span></td>"#))
        #expect(html.contains("Written 12:03AM; read as 12:03 PM because the times were out of order as written: AM and PM mixed up or left out."))
        #expect(html.contains("Written 10:35 PM; read as 10:35 AM because"))
        #expect(html.contains(#"<td class="time">11:15AM</td>"#))
        #expect(!html.contains("Written 11:15AM"))
        #expect(html.contains("Deploy of cart &amp; checkout"))
    }

    @Test func theDurationSaysWhatItWasMeasuredBetween() throws {
        let html = try Self.page(IncidentsJSONProvenanceTests.measured)
        #expect(html.contains("<summary>How these facts were read</summary>"))
        #expect(html.contains("<dt>Duration</dt><dd><span class=\"fact-value\">50 min</span>: measured on the timeline from “10:05 Users see errors” to “10:55 Service restored”</dd>"))
        #expect(html.contains("<dt>Date</dt><dd><span class=\"fact-value\">2025-03-03</span>: set in front matter (line 3): key “date”</dd>"))
        #expect(html.contains("<dt>Impact began</dt><dd><span class=\"fact-value\">2025-03-03 10:05</span>: read from the timeline (line 13): “10:05 Users see errors”</dd>"))
    }

    @Test func aStatedDurationAndOneSetInFrontMatterSaySo() throws {
        let stated = try Self.page("# Database outage\n\nOn 2024-05-01 the primary failed.\n\nThe outage lasted 3 hours.\n")
        #expect(stated.contains("<span class=\"fact-value\">3 h</span>: stated in the text (line 5)</dd>"))
        let declared = try Self.page("---\ntitle: Database outage\nduration_minutes: 95\n---\nThe outage lasted 3 hours.\n")
        #expect(declared.contains("<span class=\"fact-value\">1 h 35 min</span>: set in front matter (line 3): key “duration_minutes”</dd>"))
    }

    @Test func wordsFromTheDocumentAreEscaped() throws {
        let html = try Self.page(IncidentsJSONProvenanceTests.measured.replacingOccurrences(of: "Users see errors", with: "Users see a<b & c"))
        #expect(html.contains("from “10:05 Users see a&lt;b &amp; c” to"))
        #expect(!html.contains("a<b"))
    }

    @Test func aPageWithNothingReadHasNoSuchBlock() throws {
        #expect(!(try Self.page("# Database failover\n\nSomething broke.\n")).contains("How these facts were read"))
    }
}
