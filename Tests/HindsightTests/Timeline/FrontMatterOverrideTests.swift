import Foundation
import Testing
@testable import HindsightCore
@testable import HindsightRender

/// Front matter decides a field whatever the document says: the key moments, and so the
/// impact window and the metrics, and the duration; provenance names the key.
struct FrontMatterOverrideTests {
    /// Impact 10:05, detected 10:20, acknowledged 10:25, mitigated 10:40, restored 11:05.
    static let timeline = PhaseAndMetricTests.timeline

    static func entry(_ incident: Incident) throws -> [String: Any] {
        let entry = IncidentsJSON.entry(incident)
        return try #require(try JSONSerialization.jsonObject(with: Data(entry)) as? [String: Any])
    }

    @Test(arguments: [
        ("impact_start", "10:00", ExtractedField.start, "2024-04-20T10:00:00+00:00"),
        ("detected_at", "10:15", .timeToDetect, "10"),
        ("acknowledged_at", "2024-04-20 10:30", .timeToAcknowledge, "10"),
        ("mitigated_at", "10:35", .timeToMitigate, "30"),
        ("resolved_at", "11:35", .end, "2024-04-20T11:35:00+00:00"),
    ])
    func aMomentKeySetsItsFieldAndSaysSo(key: String, value: String, field: ExtractedField, expected: String) throws {
        let incident = Fixtures.incident("---\n\(key): \(value)\n---\n" + Self.timeline)
        let entry = try Self.entry(incident)
        let metrics = try #require(entry["metrics"] as? [String: Any])
        let written = entry[field.rawValue] ?? metrics[field.rawValue]
        #expect(written.map { "\($0)" } == expected)
        let provenance = try #require(incident.evidence[field]?.provenance)
        #expect(provenance.source == .frontMatter)
        #expect(provenance.detail.contains("front matter key “\(key)”"), "\(provenance.detail)")
        #expect(field.overrideKey == key)
    }

    /// A document that gives every text field in its body.
    static let readable = """
        # Checkout went down

        By Ada Lovelace

        ## Summary

        On June 28, 2024 checkout failed for an hour.
        """

    @Test(arguments: [
        (ExtractedField.title, "Checkout outage"),
        (.date, "2024-07-01"),
        (.authors, "Grace Hopper"),
        (.summary, "Carts could not be paid."),
    ])
    func theOverrideKeyOfATextFieldWins(field: ExtractedField, value: String) throws {
        let key = try #require(field.overrideKey)
        let read = Fixtures.incident(Self.readable)
        #expect(read.text(of: field) != value && read.evidence[field]?.provenance.source != .frontMatter)
        let incident = Fixtures.incident("---\ndate: 2024-07-08\n\(key): \(value)\n---\n" + Self.readable)
        #expect(incident.text(of: field) == value)
        #expect(incident.evidence[field]?.provenance == Provenance(.frontMatter, line: 3, detail: "front matter key “\(key)”"))
    }

    @Test func theImpactWindowFromFrontMatterIsTheDuration() throws {
        let incident = Fixtures.incident("---\nimpact_start: 10:00\nresolved_at: 11:30\n---\n" + Self.timeline)
        #expect(incident.timelineAnalysis.durationMinutes == 90)
        let provenance = try #require(incident.evidence[.durationMinutes]?.provenance)
        #expect(provenance.source == .frontMatter)
        #expect(provenance.detail == "from front matter key “impact_start” to front matter key “resolved_at”")
        #expect(provenance.line == 2)
    }

    @Test func durationMinutesWinsOverTheTimelineAndTheProse() throws {
        let markdown = "---\ntitle: Outage\nduration_minutes: 45\n---\nThe outage lasted 3 hours.\n\n" + Self.timeline
        let incident = Fixtures.incident(markdown)
        #expect(incident.timelineAnalysis.durationMinutes == 45)
        #expect(incident.timelineAnalysis.metrics.timeToResolve == 60)
        #expect(incident.evidence[.durationMinutes]?.provenance == Provenance(.frontMatter, line: 3, detail: "front matter key “duration_minutes”"))
        #expect(!incident.diagnostics.contains { $0.rule == "duration-mismatch" })
        #expect(try Self.entry(incident)["duration_minutes"] as? Int == 45)
    }

    @Test(arguments: ["2h", "-5", "47.5", ""])
    func aDurationThatIsNoWholeNumberIsIgnored(value: String) {
        let incident = Fixtures.incident("---\nduration_minutes: \"\(value)\"\n---\n" + Self.timeline)
        #expect(incident.timelineAnalysis.durationMinutes == 60)
        #expect(incident.evidence[.durationMinutes]?.provenance.source == .timeline)
    }

    @Test func everyOverrideKeyIsKnownAndChecked() throws {
        let keys = ExtractedField.allCases.compactMap(\.overrideKey) + KeyMoments.frontMatterKeys.flatMap(\.1)
        #expect(keys.allSatisfy { FrontMatterKeys.shapes[$0] != nil }, "\(keys.filter { FrontMatterKeys.shapes[$0] == nil })")
        let values = "impact_start: 10:00\ndetected_at: \"10:05\"\nacknowledged_at: 2024-04-20 10:10\nmitigated_at: 10:20 UTC\n"
            + "resolved_at: 2024-04-20T10:40:00Z\nduration_minutes: 40\n"
        let findings = try CheckFixtures.findings(replacing: "severity: SEV-2\n", with: "severity: SEV-2\n" + values)
        #expect(!findings.contains { $0.rule.hasPrefix("front-matter") }, "\(findings.map(\.formatted))")
    }
}
