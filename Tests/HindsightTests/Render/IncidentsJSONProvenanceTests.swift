import Foundation
import Testing
@testable import HindsightCore
@testable import HindsightRender

/// Each `incidents.json` entry says where every extracted field came from.
@Suite struct IncidentsJSONProvenanceTests {
    static let measured = """
        ---
        title: Checkout latency
        date: 2025-03-03
        ---
        ## Summary

        Checkout was slow for most users.

        ## Timeline

        | Time (UTC) | Event |
        | --- | --- |
        | 10:05 | Users see errors |
        | 10:55 | Service restored |
        """

    /// The entry's `provenance` object, parsed.
    static func provenance(_ markdown: String) throws -> [String: Any] {
        let entry = IncidentsJSON.entry(Fixtures.incident(markdown))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(entry)) as? [String: Any])
        return try #require(object["provenance"] as? [String: Any])
    }

    static func source(_ field: ExtractedField, in provenance: [String: Any]) -> String? {
        (provenance[field.rawValue] as? [String: Any])?["source"] as? String
    }

    @Test func everyFieldHasAKeyNullWhenItHasNoValue() throws {
        let provenance = try Self.provenance("# Database failover\n\nSomething broke.\n")
        #expect(Set(provenance.keys) == Set(ExtractedField.allCases.map(\.rawValue)))
        #expect(provenance["timeline"] is NSNull && provenance["duration_minutes"] is NSNull && provenance["start"] is NSNull)
        #expect(Self.source(.title, in: provenance) == "heading")
    }

    @Test func sourcesOfADocumentWithFrontMatterAndATimelineTable() throws {
        let provenance = try Self.provenance(Self.measured)
        #expect(Self.source(.title, in: provenance) == "front-matter")
        #expect(Self.source(.date, in: provenance) == "front-matter")
        #expect(Self.source(.summary, in: provenance) == "section")
        #expect(Self.source(.timeline, in: provenance) == "table")
        #expect(Self.source(.start, in: provenance) == "timeline")
        #expect(Self.source(.end, in: provenance) == "timeline")
        let duration = try #require(provenance["duration_minutes"] as? [String: Any])
        #expect(duration["source"] as? String == "timeline")
        #expect(duration["line"] as? Int == 13)
        #expect(duration["detail"] as? String == "from “10:05 Users see errors” to “10:55 Service restored”")
        let title = try #require(provenance["title"] as? [String: Any])
        #expect(title["line"] as? Int == 2)
    }

    @Test func aDurationOnlyStatedInProseIsStated() throws {
        let provenance = try Self.provenance("# Database outage\n\nOn 2024-05-01 the primary failed.\n\nThe outage lasted 3 hours.\n")
        let duration = try #require(provenance["duration_minutes"] as? [String: Any])
        #expect(duration["source"] as? String == "stated")
        #expect(duration["line"] as? Int == 5)
        #expect(provenance["start"] is NSNull && provenance["time_to_resolve_minutes"] is NSNull)
    }
}
