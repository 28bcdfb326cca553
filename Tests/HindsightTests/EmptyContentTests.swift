import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCache
@testable import HindsightCore
@testable import HindsightRender

/// A build that finds no postmortem (a mistyped `--content`, an emptied folder) never
/// replaces a published site: it fails and leaves every file of the site folder as it was,
/// the output, the spare site and the cache included, unless `--allow-empty` says so.
@Suite(.enabled(if: CommandLine.executable != nil, "needs the built hindsight executable"))
struct EmptyContentTests {
    /// A site built twice (so that the cache also holds a spare site), its content folder as given.
    private static func publishedSite() throws -> TestSite {
        let site = try TestSite.fiveDays()
        #expect(try CommandLine.run(["build"], in: site.root).status == 0)
        try site.add("day1.md", "# Outage on day 1, revised\n\nOn 2024-03-01 the api failed.\n")
        #expect(try CommandLine.run(["build"], in: site.root).status == 0)
        return site
    }

    @Test func aMissingContentFolderLeavesThePublishedSiteAsItWas() throws {
        let site = try Self.publishedSite()
        defer { site.remove() }
        let before = try SiteFolderState(site.root)
        #expect(before.files.keys.contains { $0.hasPrefix(BuildCache.folderName + "/") }, "the cache is part of what must not change")
        let result = try CommandLine.run(["build", "--content", "typo"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("typo:1:1: error: content folder does not exist; the published site in public/ was left as it was"))
        #expect(result.stderr.contains("--allow-empty"))
        #expect(result.stderr.contains("[content-missing]"))
        #expect(try SiteFolderState(site.root) == before)
    }

    @Test(arguments: [[String](), ["notes.txt", "images/diagram.png"]])
    func aContentFolderWithoutPostmortemsLeavesThePublishedSiteAsItWas(keeping otherFiles: [String]) throws {
        let site = try Self.publishedSite()
        defer { site.remove() }
        try FileManager.default.removeItem(atPath: site.root + "/content")
        try FileManager.default.createDirectory(atPath: site.root + "/content", withIntermediateDirectories: true)
        for file in otherFiles { try site.add(file, "not a postmortem") }
        let before = try SiteFolderState(site.root)
        let result = try CommandLine.run(["build"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content:1:1: error: the content folder holds no postmortem"))
        #expect(result.stderr.contains("[content-empty]"))
        #expect(result.stdout.contains("the output folder was left as it was"))
        #expect(try SiteFolderState(site.root) == before)
    }

    @Test func allowEmptyReplacesThePublishedSiteWithAnEmptyOne() throws {
        let site = try Self.publishedSite()
        defer { site.remove() }
        try FileManager.default.createDirectory(atPath: site.root + "/empty", withIntermediateDirectories: true)
        let result = try CommandLine.run(["build", "--content", "empty", "--allow-empty"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr.contains("empty:1:1: warning: the content folder holds no postmortem"))
        #expect(result.stdout.hasPrefix("Built 0 incidents"))
        #expect(site.output("index.html") != nil)
        #expect(!site.exists("public/\(TestSite.page(day: 2))"))
    }

    @Test func allowEmptyCanBeSetInTheConfiguration() throws {
        let site = try Self.publishedSite()
        defer { site.remove() }
        try Fixtures.write("allow_empty: yes\n", to: site.root + "/hindsight.yml")
        #expect(try SiteConfig.load(siteRoot: site.root).allowEmpty)
        try FileManager.default.createDirectory(atPath: site.root + "/empty", withIntermediateDirectories: true)
        #expect(try CommandLine.run(["build", "--content", "empty"], in: site.root).status == 0)
        #expect(!site.exists("public/\(TestSite.page(day: 2))"))
    }

    /// Nothing is lost when there is no published site yet: an empty folder builds an empty site.
    @Test func checkingAnEmptyContentFolderWarns() throws {
        let site = try TestSite()
        defer { site.remove() }
        let report = SiteBuilder(config: site.config, siteRoot: site.root, useCache: false).check()
        #expect(report.documentCount == 0)
        #expect(report.diagnostics.map(\.rule) == ["content-empty"])
    }

    @Test func aNewSiteWithAnEmptyContentFolderBuildsAnEmptySite() throws {
        let site = try TestSite()
        defer { site.remove() }
        let report = site.build()
        #expect(report.wroteSite)
        #expect(report.diagnostics.map(\.rule) == ["content-empty"])
        #expect(!report.failed(strict: false))
        #expect(site.output("index.html") != nil)
        let again = SiteBuilder(config: site.config, siteRoot: site.root, useCache: false).build()
        #expect(again.wroteSite, "an empty site is not protected from another empty build")
    }
}

/// Every file and folder below a site folder, with each file's bytes and modification time.
private struct SiteFolderState: Equatable {
    struct File: Equatable {
        var bytes: Data
        var modified: Date?
    }

    var folders: Set<String> = []
    var files: [String: File] = [:]

    init(_ root: String) throws {
        let manager = FileManager.default
        let enumerator = try #require(manager.enumerator(atPath: root))
        while let relative = enumerator.nextObject() as? String {
            let path = root + "/" + relative
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                folders.insert(relative)
            } else {
                let modified = try manager.attributesOfItem(atPath: path)[.modificationDate] as? Date
                files[relative] = File(bytes: try Data(contentsOf: URL(fileURLWithPath: path)), modified: modified)
            }
        }
    }
}
