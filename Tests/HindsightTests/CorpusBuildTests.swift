import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCore

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

    /// Real documents have what synthetic ones lack (bare URLs in tables and prose): a build
    /// on all cores gives the bytes of a build on one.
    @Test func buildsOnOneThreadAndOnManyAreByteIdentical() throws {
        var site = try TestSite()
        defer { site.remove() }
        site.config.contentFolder = try #require(Corpus.folder("pro"))
        site.config.jobs = 1
        _ = SiteBuilder(config: site.config, siteRoot: site.root, useCache: false).build()
        let serial = try site.snapshot()
        site.config.jobs = 4
        for _ in 0..<3 {
            _ = SiteBuilder(config: site.config, siteRoot: site.root, useCache: false).build()
            #expect(try site.snapshot() == serial)
        }
    }
}
