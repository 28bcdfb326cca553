import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCore

/// An incident kept only for listings is made whole again for its page: from the spill,
/// or, when there is none, by analysing its document again, with the archive's slug.
@Suite struct WholeIncidentsTests {
    private static let document = "# Outage\n\nOn 2024-03-01 the api failed.\n\n## Timeline\n\n- 10:00 Outage begins: users see errors\n- 10:30 Resolved\n"

    @Test(arguments: [true, false])
    func aListedIncidentComesBackWhole(fromSpill: Bool) throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("a.md", Self.document)
        let file = SourceFile(path: site.root + "/content/a.md", relativePath: "a.md", displayPath: "content/a.md")
        let analyser = DocumentAnalyser(parser: DocumentParser(contentRoot: site.root + "/content", allowUnsafeHTML: false))
        let incident = try #require(analyser.analyse(file).incident)
        let spill = fromSpill ? BuildSpill() : nil
        let spilled = try spill.map { ["a.md": try #require($0.store(incident))] } ?? [:]
        var listed = incident.forListings
        listed.slug = "outage-2"

        let whole = WholeIncidents(spill: spill, spilled: spilled, files: ["a.md": file], analyser: analyser).whole(listed)
        #expect(listed.timeline.isEmpty && listed.bodyHTML.isEmpty)
        #expect(listed.timelineAnalysis.durationMinutes == 30 && listed.timelineAnalysis.moments.resolved == nil)
        #expect(whole.timeline == incident.timeline && whole.bodyHTML == incident.bodyHTML)
        #expect(whole.timelineAnalysis.moments.resolved != nil)
        #expect(whole.slug == "outage-2")
    }
}
