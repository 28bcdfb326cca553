import Testing
@testable import Hindsight
@testable import HindsightCache

/// The cache's form of a site manifest reads back every field, and damage is a miss.
@Suite struct SiteManifestCodecTests {
    private let manifest = SiteManifest(
        folder: [2049, 1_234_567, -1],
        pages: [.init(url: "incidents/é-outage/", key: .max), .init(url: "incidents/b/", key: 0)],
        files: ["index.html", "incidents/é-outage/index.html", "tags/🚒/index.html"],
        digests: [.init(path: "index.html", digest: 0x0123_4567_89AB_CDEF), .init(path: "search-index.js", digest: 1)])

    @Test func everyFieldComesBack() throws {
        #expect(try SiteManifest(decoding: manifest.encoded()[...]) == manifest)
        #expect(try SiteManifest(decoding: SiteManifest(folder: [], pages: [], files: []).encoded()[...]).files.isEmpty)
    }

    @Test func damagedBytesThrow() {
        let bytes = manifest.encoded()
        #expect(throws: (any Error).self) { try SiteManifest(decoding: bytes.dropLast()) }
        #expect(throws: (any Error).self) { try SiteManifest(decoding: (bytes + [0])[...]) }
        #expect(throws: (any Error).self, "a count larger than the bytes left") { try SiteManifest(decoding: [0xFF, 0xFF, 0x03][...]) }
    }
}
