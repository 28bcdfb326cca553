import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCache
@testable import HindsightCore
@testable import HindsightRender

/// What a build sets aside on disk comes back whole, and no file is left behind.
@Suite struct BuildSpillTests {
    @Test func givesBackWholeIncidentsAndTextsFromAFileThatIsAlreadyGone() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let spill = try #require(BuildSpill(folder: folder))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)

        let incident = Fixtures.incident("# Outage\n\nOn 2024-03-01 it failed.\n\n## Timeline\n\n- 10:00 Alert\n- 10:30 Fixed\n")
        let first = try #require(spill.store(incident))
        let piece = spill.piece(Array("héllo, \"world\"".utf8))
        let second = try #require(spill.store(Fixtures.incident("# Another\n\nText.\n")))
        #expect(first.upperBound <= second.lowerBound || second.upperBound <= first.lowerBound)

        let loaded = try #require(spill.load(first))
        #expect(loaded.timeline == incident.timeline && loaded.bodyHTML == incident.bodyHTML)
        #expect(spill.load(second)?.title == "Another")
        guard case .stored = piece else { Issue.record("the text stayed in memory"); return }
        #expect(piece.text == "héllo, \"world\"")
    }

    @Test func aWholeIncidentComesBackExactlyButItsTopicWords() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let spill = try #require(BuildSpill(folder: folder))
        var incident = Fixtures.incident(Self.wholeDocument)
        incident.diagnostics = [Diagnostic(file: "a.md", line: 3, column: 7, severity: .error, rule: "r", message: "m")]
        #expect(!incident.timeline.isEmpty && !incident.tables.isEmpty && !incident.bodyHTML.isEmpty)
        let location = try #require(spill.store(incident))
        let loaded = try #require(spill.load(location))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        // But its topic words, which only relating reads, before any incident is loaded.
        #expect(!incident.relatedClues.words.isEmpty && loaded.relatedClues.words.isEmpty)
        var expected = incident
        expected.relatedClues.words = []
        #expect(try encoder.encode(loaded) == encoder.encode(expected))
    }

    private static let wholeDocument = "# Outage\n\nOn 2024-03-01 the api failed.\n\n## Timeline\n\n- 10:00 Alert fires\n- 10:30 Fixed\n\n| Service | Impact |\n|---|---|\n| api | down |\n"
}
