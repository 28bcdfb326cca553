import Foundation
import Testing
@testable import Hindsight

/// Every real postmortem in `../shared/corpus/` builds into a page, without error, with a title.
@Suite(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus"))
struct CorpusBuildTests {
    @Test(arguments: ["seed", "holberton", "icco", "pro"])
    func everyDocumentBuildsWithATitle(folder: String) throws {
        var site = try TestSite()
        defer { site.remove() }
        site.config.contentFolder = try #require(Corpus.folder(folder))
        // The corpus was collected without the images its documents show.
        site.config.rules.levels["broken-local-link"] = .warning
        let report = site.build()
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.formatted))")
        let documents = try FileManager.default.contentsOfDirectory(atPath: site.config.contentFolder).filter { $0.hasSuffix(".md") }
        #expect(report.incidents.count == documents.count)
        #expect(report.incidents.allSatisfy { !$0.title.trimmed.isEmpty })
        for incident in report.incidents {
            #expect(site.output(incident.url + "index.html") != nil, "no page for \(incident.source)")
        }
    }
}
