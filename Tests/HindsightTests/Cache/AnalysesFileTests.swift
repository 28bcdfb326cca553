import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCache
@testable import HindsightCore
@testable import HindsightRender

/// A save copies the entries of unchanged documents from the previous `analyses` file
/// rather than encoding them again: every entry of the file must still be exactly what
/// encoding its analysis and listing gives.
@Suite struct AnalysesFileTests {
    private static func entriesMatchTheirEncoding(_ site: TestSite) throws -> Int {
        let cache = BuildCache(siteRoot: site.root, outputFolder: site.root + "/public")
        let path = cache.folder + "/analyses"
        let file = try #require(ReadOnlyFile(path: path))
        let header = try CachedChunks.header(of: file, at: "hindsight-cache-\(BuildInputs.cacheFormat)\n".utf8.count)
        let stored = cache.analyses(inputs: header.inputs, jobs: 2)
        var checked = 0
        for day in 1...5 {
            let entry = try #require(stored["day\(day).md"], "day\(day).md")
            let listing = try #require(entry.analysis.listing)
            let chunk = CacheEntry.encode(analysis: entry.analysis.encoded(), listing: listing,
                                          at: listing.pieces.compactMap(\.storedRange))
            let prefix = BinarySink()
            prefix.number(UInt64(chunk.count))
            #expect(stored.bytes(in: entry.entry) == prefix.bytes + chunk, "day\(day).md")
            checked += 1
        }
        return checked
    }

    @Test func copiedEntriesAreWhatEncodingGives() throws {
        let site = try TestSite.fiveDays()
        defer { site.remove() }
        _ = site.build()
        #expect(try Self.entriesMatchTheirEncoding(site) == 5)
        try site.add("day3.md", "# Outage on day 3, revised\n\nOn 2024-03-03 the api failed again.\n")
        _ = site.build()
        #expect(try Self.entriesMatchTheirEncoding(site) == 5)
        try site.add("day1.md", "# Outage on day 1, revised\n\nOn 2024-03-01 the api failed again.\n")
        #expect(!site.build().upToDate)
        #expect(try Self.entriesMatchTheirEncoding(site) == 5)
        #expect(try site.snapshot() == site.coldSnapshot())
    }
}
