import Foundation
import Testing
@testable import Hindsight

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
        #expect(html.contains("Written 12:03AM; read as 12:03 PM because the times were out of order as written — AM and PM mixed up."))
        #expect(html.contains("Written 10:35 PM; read as 10:35 AM because"))
        #expect(html.contains(#"<td class="time">11:15AM</td>"#))
        #expect(!html.contains("Written 11:15AM"))
        #expect(html.contains("Deploy of cart &amp; checkout"))
    }
}
