import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCache
@testable import HindsightCore
@testable import HindsightRender

/// The cache (`.hindsight-cache/`) only ever saves work: every rebuild gives the site a cold
/// build gives, unchanged files keep their inode and modification time, and a damaged or
/// missing cache is a cold build.
@Suite struct IncrementalBuildTests {
    @Test func nothingChangedWritesNothingAndReportsTheSame() throws {
        let site = try TestSite.fiveDays()
        defer { site.remove() }
        try site.add("broken.md", "---\ntitle: [unclosed\n---\nBody\n")
        let first = site.build()
        let before = try OutputFiles(site)

        let second = site.build()
        #expect(second.upToDate)
        #expect(second.diagnostics == first.diagnostics)
        #expect(second.incidentCount == first.incidentCount)
        #expect(second.failed(strict: false) == first.failed(strict: false))
        #expect(second.summaryLine.prefix(while: { $0 != "i" }) == first.summaryLine.prefix(while: { $0 != "i" }))
        #expect(try OutputFiles(site) == before)
    }

    @Test func oneChangedDocumentRewritesItsPageItsNeighboursAndListingsOnly() throws {
        let site = try TestSite.fiveDays()
        defer { site.remove() }
        _ = site.build()
        let before = try OutputFiles(site)

        try site.add("day3.md", "# Outage on day 3, revised\n\nOn 2024-03-03 the api failed again.\n")
        let report = site.build()
        #expect(!report.upToDate)
        let after = try OutputFiles(site)
        let rewritten = Set(after.identities.keys.filter { after.identities[$0] != before.identities[$0] })
        #expect(!rewritten.contains(TestSite.page(day: 1)) && !rewritten.contains(TestSite.page(day: 5)))
        #expect(!rewritten.contains("style.css"))
        #expect(rewritten.isSuperset(of: ["incidents/2024-03-03-outage-on-day-3-revised/index.html", TestSite.page(day: 2), TestSite.page(day: 4), "index.html"]))
        #expect(try site.snapshot() == site.coldSnapshot())
    }

    /// The search index is split by month, so an edit rewrites its month's part only.
    @Test func anEditRewritesOnlyItsMonthsSearchPart() throws {
        let site = try TestSite.fiveDays()
        defer { site.remove() }
        try site.add("april.md", "# Outage in April\n\nOn 2024-04-02 the api failed.\n")
        _ = site.build()
        let before = try OutputFiles(site)
        try site.add("day3.md", "# Outage on day 3\n\nOn 2024-03-03 the api failed: zeppelin.\n")
        #expect(!site.build().upToDate)
        let after = try OutputFiles(site)
        #expect(after.identities["search-index/2024-03.js"] != before.identities["search-index/2024-03.js"])
        #expect(after.identities["search-index/2024-04.js"] == before.identities["search-index/2024-04.js"])
        #expect(after.identities["search-index.js"] == before.identities["search-index.js"])
        #expect(site.output("search-index/2024-03.js")?.contains("zeppelin") == true)
    }

    /// Documents last hashed more than two seconds before a build are not read again while
    /// their status stays; an edit that keeps the size and the modification time still
    /// moves the change time, and is seen.
    @Test func anEditKeepingSizeAndModificationTimeIsSeen() throws {
        let site = try TestSite.fiveDays()
        defer { site.remove() }
        _ = site.build()
        Thread.sleep(forTimeInterval: 2.1)
        try site.add("day3.md", "# Outage on day 3, revised\n\nOn 2024-03-03 the api failed again.\n")
        _ = site.build()
        let day2 = site.root + "/content/day2.md"
        let status = try #require(FileStatus(path: day2))
        #expect(BuildCache(siteRoot: site.root, outputFolder: site.root + "/public").knownStamps()["day2.md"]?.status == status)

        let text = try String(contentsOfFile: day2, encoding: .utf8)
        try site.add("day2.md", text.replacingOccurrences(of: "api", with: "web"))
        let times = [timespec(tv_sec: status.modified / 1_000_000_000, tv_nsec: status.modified % 1_000_000_000)]
        _ = (times + times).withUnsafeBufferPointer { utimensat(AT_FDCWD, day2, $0.baseAddress, 0) }
        #expect(FileStatus(path: day2).map { ($0.size, $0.modified) } ?? (0, 0) == (status.size, status.modified))
        #expect(!site.build().upToDate)
        #expect(site.output(TestSite.page(day: 2))?.contains("the web failed") == true)
        #expect(try site.snapshot() == site.coldSnapshot())
    }

    /// The second rebuild reads what the first one carried over from the cold build's cache
    /// and what it made itself.
    @Test func successiveChangesGiveTheColdSite() throws {
        let site = try TestSite.fiveDays()
        defer { site.remove() }
        _ = site.build()
        try site.add("day3.md", "# Outage on day 3, revised\n\nOn 2024-03-03 the api failed again.\n")
        _ = site.build()
        try site.add("day2.md", "# Outage on day 2, revised\n\nOn 2024-03-02 the api failed.\n\n| Time | Event |\n|---|---|\n| 09:00 | Alert |\n")
        #expect(!site.build().upToDate)
        #expect(try site.snapshot() == site.coldSnapshot())
    }

    /// "clash": a new document takes the slug of an unchanged one, whose listing rows and
    /// export entry must then be made again with its new slug.
    @Test(arguments: ["add", "remove", "rename", "clash"])
    func addedRemovedAndRenamedDocumentsGiveTheColdSite(_ change: String) throws {
        let site = try TestSite.fiveDays()
        defer { site.remove() }
        _ = site.build()
        let content = site.root + "/content/"
        switch change {
        case "add": try site.add("day6.md", "# Outage on day 6\n\nOn 2024-03-06 it failed.\n")
        case "remove": try FileManager.default.removeItem(atPath: content + "day2.md")
        case "clash": try site.add("day0.md", "# Outage on day 3\n\nOn 2024-03-03 the api failed.\n")
        default: try FileManager.default.moveItem(atPath: content + "day2.md", toPath: content + "renamed.md")
        }
        _ = site.build()
        #expect(try site.snapshot() == site.coldSnapshot())
    }

    @Test func aSettingOrThemeChangeRebuildsEveryPage() throws {
        var site = try TestSite.fiveDays()
        defer { site.remove() }
        _ = site.build()
        site.config.title = "Another title"
        _ = site.build()
        #expect(try site.snapshot() == site.coldSnapshot())
        #expect(site.output(TestSite.page(day: 1))?.contains("Another title") == true)

        try Fixtures.write("/* a site's own style */\n", to: site.root + "/themes/default/style.css")
        _ = site.build()
        #expect(site.output("style.css") == "/* a site's own style */\n")
        #expect(try site.snapshot() == site.coldSnapshot())
    }

    @Test func aChangedImageIsCopiedAgain() throws {
        let site = try TestSite.fiveDays()
        defer { site.remove() }
        try site.add("day1.md", "# Outage on day 1\n\nOn 2024-03-01 it failed.\n\n![graph](graph.png)\n")
        try site.addBytes("graph.png", [1, 2, 3])
        _ = site.build()
        try site.addBytes("graph.png", [4, 5, 6, 7])
        _ = site.build()
        #expect(try site.snapshot()["incidents/2024-03-01-outage-on-day-1/graph.png"] == Data([4, 5, 6, 7]))
    }

    /// Two builds first, so that the cache also keeps a spare site and its manifest.
    @Test(arguments: CacheDamage.allCases)
    func aDamagedCacheGivesTheColdSite(_ damage: CacheDamage) throws {
        let site = try TestSite.fiveDays()
        defer { site.remove() }
        _ = site.build()
        try site.add("day2.md", "# Outage on day 2, revised\n\nOn 2024-03-02 the api failed again.\n")
        _ = site.build()
        try site.add("day3.md", "# Outage on day 3, revised\n\nOn 2024-03-03 the api failed again.\n")
        try damage.apply(to: site.root + "/" + BuildCache.folderName)
        let report = site.build()
        #expect(report.wroteSite && !report.upToDate)
        #expect(try site.snapshot() == site.coldSnapshot())
    }

    @Test func withoutTheCacheNothingIsReadOrWritten() throws {
        let site = try TestSite.fiveDays()
        defer { site.remove() }
        let report = SiteBuilder(config: site.config, siteRoot: site.root, useCache: false).build()
        #expect(report.wroteSite)
        #expect(!site.exists(BuildCache.folderName))
    }

    @Test func theBinaryFormatRoundTripsAWholeOutcome() throws {
        let incident = Fixtures.incident(Self.wholeDocument)
        #expect(!incident.timeline.isEmpty && !incident.tables.isEmpty && !incident.bodyHTML.isEmpty)
        let outcome = DocumentAnalyser.Outcome(incident: incident, diagnostics: [
            Diagnostic(file: "a.md", line: 3, column: 7, severity: .error, rule: "r", message: "m"),
        ], declaresSlug: true)
        let bytes = try BinaryEncoder.encode(outcome)
        let decoded = try BinaryDecoder.decode(DocumentAnalyser.Outcome.self, from: bytes[...])
        #expect(try BinaryEncoder.encode(decoded) == bytes)
        #expect(decoded.incident?.timeline == incident.timeline)
        #expect(decoded.incident?.bodyHTML == incident.bodyHTML)
        #expect(decoded.diagnostics == outcome.diagnostics)
        #expect(throws: (any Error).self) { try BinaryDecoder.decode(DocumentAnalyser.Outcome.self, from: bytes.dropLast()) }
    }

    /// The cache keeps incidents only for listings, and leaves their fragments in the
    /// fragments file, read back when the listings are written.
    @Test func aCacheEntryLeavesTheFragmentsInTheirFile() throws {
        var cached = CachedAnalysis(stamp: DocumentStamp(relativePath: "a.md", size: 5, hash: 42),
                                    outcome: DocumentAnalyser.Outcome(incident: Fixtures.incident(Self.wholeDocument), diagnostics: []))
        #expect(cached.outcome.incident?.timeline.isEmpty == true)
        cached.listing = ListingFragments(slug: "s", relationsKey: 0, indexRow: .text("<tr>i</tr>"), termRow: .text("<tr>t</tr>"),
                                          exportEntry: .text("{\"é\": 1}"), searchDocument: .text("[\"x\"]"))
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("..<tr>i</tr><tr>t</tr>{\"é\": 1}[\"x\"]".utf8).write(to: URL(fileURLWithPath: folder + "/fragments"))
        let fragments = try #require(ReadOnlyFile(path: folder + "/fragments"))
        let ranges = [2..<12, 12..<22, 22..<31, 31..<36]
        let analysis = cached.encoded()
        let bytes = CacheEntry.encode(analysis: analysis, listing: cached.listing, at: ranges)

        let decoded = try CacheEntry.decode(bytes[...], at: 3, fragments: fragments, length: fragments.size)
        #expect(decoded.encoded == (3 + 2)..<(3 + 2 + analysis.count), "after a two-byte length")
        let listing = try #require(decoded.analysis.listing)
        #expect([listing.slug, listing.indexRow.text, listing.termRow.text] == ["s", "<tr>i</tr>", "<tr>t</tr>"])
        #expect(listing.exportEntry == .stored(StoredText(file: fragments, range: 22..<31, hash: 0)))
        #expect(listing.exportEntry.contentHash == StableHasher.hash("{\"é\": 1}"), "the hash is kept with the range")
        #expect(listing.exportEntry.text == "{\"é\": 1}")
        #expect(listing.searchDocument.text == "[\"x\"]")
        #expect(decoded.analysis.encoded() == analysis)
        #expect(throws: (any Error).self) { try CacheEntry.decode(bytes.dropLast(), at: 3, fragments: fragments, length: fragments.size) }
        #expect(throws: (any Error).self, "a range past what was committed") {
            try CacheEntry.decode(bytes[...], at: 3, fragments: fragments, length: 35)
        }
    }

    private static let wholeDocument = "# Outage\n\nOn 2024-03-01 the api failed.\n\n## Timeline\n\n- 10:00 Alert fires\n- 10:30 Fixed\n\n| Service | Impact |\n|---|---|\n| api | down |\n"

}

/// The ways a cache's files can be damaged between two builds (the spare site's folder is
/// left as it is: only its manifest says what it holds).
enum CacheDamage: String, CaseIterable, Sendable {
    case deleted, emptied, truncated, garbage, otherFormat

    func apply(to folder: String) throws {
        let manager = FileManager.default
        for subfolder in try manager.contentsOfDirectory(atPath: folder) {
            for name in try manager.contentsOfDirectory(atPath: folder + "/" + subfolder) where RawFile.isRegularFile(atPath: folder + "/" + subfolder + "/" + name) {
                let path = folder + "/" + subfolder + "/" + name
                let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
                switch self {
                case .deleted: try manager.removeItem(atPath: path)
                case .emptied: try Data().write(to: URL(fileURLWithPath: path))
                case .truncated: try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
                case .garbage: try Data((0..<bytes.count).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: URL(fileURLWithPath: path))
                case .otherFormat: try (Data("hindsight-cache-0\n".utf8) + bytes.dropFirst(18)).write(to: URL(fileURLWithPath: path))
                }
            }
        }
    }
}

/// Every file of a site's output folder with its inode and modification time: a file
/// rewritten, even with the same bytes, gets a new one.
struct OutputFiles: Equatable {
    var identities: [String: [Int]] = [:]

    init(_ site: TestSite) throws {
        let folder = site.root + "/" + site.config.outputFolder
        for case let relative as String in FileManager.default.enumerator(atPath: folder)! {
            var status = stat()
            guard lstat(folder + "/" + relative, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            identities[relative] = [Int(status.st_ino), Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec)]
        }
    }
}
