import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCore
@testable import HindsightRender

/// `schema/incidents.schema.json` and the encoder agree: every member `incidents.json` writes
/// is declared with its type, every member the schema requires is written, and the fixed
/// vocabularies are the model's. A field added to one and not the other fails here;
/// `Scripts/validate-schema` checks formats and patterns on whole builds with a validator.
@Suite struct IncidentsSchemaTests {
    static let schemaPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("schema/incidents.schema.json").path

    /// Every optional part filled: reference fields, authors with and without addresses, a
    /// table, a timeline read with AM and PM swapped, key moments, a broken link's diagnostic.
    static let richDocument = """
        ---
        title: Checkout outage
        date: 2024-04-20
        severity: SEV1
        services: [checkout]
        tags: [payments]
        uuid: 0f8b5c1e-3d1a-4c55-9a0e-6c1d2b7e9f10
        url: https://example.com/postmortems/checkout
        company: Example Corp
        product: Checkout
        categories: [cloud]
        keywords: [timeout]
        authors:
          - name: Ada Lovelace
            email: ada@example.com
            url: https://example.com/ada
          - Grace Hopper
        ---
        # Checkout outage

        Checkout failed for two hours. The [runbook](missing-runbook.md) had moved.

        | Time | Event |
        | --- | --- |
        | 10:35 PM | Errors begin |
        | 11:15AM | Alert fires and on-call acknowledges |
        | 12:03AM | Mitigated by a rollback |
        | 01:00PM | Resolved |
        """

    /// Key moments written as days only, which `incidents.json` writes as dates.
    static let datedOnlyDocument = "---\ntitle: Slow builds\nimpact_start: 2024-04-20\nresolved_at: 2024-04-22\n---\nBuilds were slow.\n"

    static func incidentsJSON(_ incidents: [Incident]) throws -> Any {
        let text = IncidentsJSON.text(entries: incidents.map { .bytes(IncidentsJSON.entry($0)) }).pieces.compactMap(\.text).joined()
        return try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    static func analysed(folder root: String, named name: String) -> [Incident] {
        let files = ContentScanner(root: root, displayRoot: name).scan().files
        let analyser = DocumentAnalyser(parser: DocumentParser(contentRoot: root))
        return files.compactMap { analyser.analyse($0).incident }
    }

    @Test func fixturesFillEveryOptionalPart() throws {
        let rich = Fixtures.incident(Self.richDocument)
        #expect(rich.authors.contains { $0.email != nil && $0.url != nil } && rich.authors.contains { $0.email == nil })
        #expect(rich.timeline.contains { $0.readAs != nil } && !rich.diagnostics.isEmpty && !rich.tables.isEmpty)
        #expect(rich.reference.uuid != nil && rich.reference.url != nil && rich.reference.company != nil)
        let datedOnly = Fixtures.incident(Self.datedOnlyDocument).timelineAnalysis.moments
        #expect(datedOnly.impactStart?.iso8601 == "2024-04-20")
        #expect(datedOnly.resolved?.iso8601 == "2024-04-22")
    }

    @Test func entriesWrittenFromFixturesAreWhatTheSchemaDeclares() throws {
        let schema = try SchemaStructure(contentsOf: Self.schemaPath)
        let incidents = [Self.richDocument, Self.datedOnlyDocument, "Nothing to say.\n"].enumerated().map {
            Fixtures.incident($1, name: "doc\($0).md")
        }
        #expect(schema.problems(in: try Self.incidentsJSON(incidents)) == [])
    }

    @Test func theExampleSiteIsWhatTheSchemaDeclares() throws {
        let content = URL(fileURLWithPath: Self.schemaPath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("content").path
        let incidents = Self.analysed(folder: content, named: "content")
        #expect(!incidents.isEmpty)
        #expect(try SchemaStructure(contentsOf: Self.schemaPath).problems(in: try Self.incidentsJSON(incidents)) == [])
    }

    /// The checker finds what it is for, so that an empty list of problems means something.
    @Test func aMemberTheSchemaDoesNotDeclareIsFound() throws {
        let schema = try SchemaStructure(contentsOf: Self.schemaPath)
        var file = try #require(try Self.incidentsJSON([Fixtures.incident(Self.richDocument)]) as? [String: Any])
        var incidents = try #require(file["incidents"] as? [[String: Any]])
        incidents[0]["added_later"] = "x"
        incidents[0]["uuid"] = nil
        incidents[0]["duration_minutes"] = "47"
        file["incidents"] = incidents
        #expect(schema.problems(in: file) == [
            "$.incidents[0].added_later: emitted but not declared",
            "$.incidents[0].uuid: required but not emitted",
            "$.incidents[0].duration_minutes: matches no branch of oneOf: $.incidents[0].duration_minutes: string where the schema has [\"integer\"]; "
                + "$.incidents[0].duration_minutes: string where the schema has [\"null\"]",
        ])
    }

    @Test func provenanceDeclaresEveryExtractedFieldAndSource() throws {
        let schema = try SchemaStructure(contentsOf: Self.schemaPath)
        let fields = try #require(schema.definition("provenance")?["properties"] as? [String: Any])
        #expect(Set(fields.keys) == Set(ExtractedField.allCases.map(\.rawValue)))
        let sources = try #require((schema.definition("source")?["properties"] as? [String: Any])?["source"] as? [String: Any])
        #expect(sources["enum"] as? [String] == Provenance.Source.allCases.map(\.rawValue))
    }

    @Test func phasesAndSeveritiesAreTheModels() throws {
        let schema = try SchemaStructure(contentsOf: Self.schemaPath)
        let entry = try #require(schema.definition("timelineEntry")?["properties"] as? [String: Any])
        #expect((entry["phase"] as? [String: Any])?["enum"] as? [String] == Phase.allCases.map(\.rawValue))
        let diagnostic = try #require(schema.definition("diagnostic")?["properties"] as? [String: Any])
        #expect((diagnostic["severity"] as? [String: Any])?["enum"] as? [String] == Diagnostic.Severity.allCases.map(\.rawValue))
        #expect((schema.root["properties"] as? [String: Any]).flatMap { ($0["version"] as? [String: Any])?["const"] as? Int }
            == IncidentsJSON.version)
    }
}

/// The real postmortems' entries, as the build analyses them.
@Suite(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus"))
struct IncidentsSchemaCorpusTests {
    @Test(arguments: ["holberton", "pro", "icco"])
    func everyEntryIsWhatTheSchemaDeclares(folder: String) throws {
        let incidents = IncidentsSchemaTests.analysed(folder: try #require(Corpus.folder(folder)), named: folder)
        #expect(!incidents.isEmpty)
        let schema = try SchemaStructure(contentsOf: IncidentsSchemaTests.schemaPath)
        #expect(schema.problems(in: try IncidentsSchemaTests.incidentsJSON(incidents)) == [])
    }
}
