import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCore
@testable import HindsightRender
@testable import HindsightWrite

/// The writer links unchanged files from the published site and never writes through a
/// link into it.
@Suite struct SiteWriterTests {
    private let folder: String
    private var published: String { folder + "/public" }
    private var staging: String { folder + "/staging" }

    init() throws {
        folder = try Fixtures.temporaryFolder()
        try Fixtures.write("old page\n", to: folder + "/public/page.html")
        try FileManager.default.createDirectory(atPath: folder + "/staging", withIntermediateDirectories: true)
    }

    private func inode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int)
    }

    @Test func anUnchangedFileIsLinkedAndAChangedOneWritten() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = SiteWriter(root: staging, previous: published)
        try writer.write(PiecewiseText([.text("old "), .text("page\n")]), to: "page.html")
        #expect(try inode(staging + "/page.html") == inode(published + "/page.html"))

        try writer.write(PiecewiseText([.text("old "), .text("page!\n")]), to: "page2.html")
        #expect(try String(contentsOfFile: staging + "/page2.html", encoding: .utf8) == "old page!\n")
    }

    /// A staged file may be a hard link to a published one (reused earlier in the build):
    /// writing it again replaces it, and the published file keeps its bytes.
    @Test func writingOverALinkedFileLeavesThePublishedOneAlone() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = SiteWriter(root: staging, previous: published)
        #expect(writer.reuse("page.html"))
        try writer.write(Array("rewritten\n".utf8), to: "page.html")
        #expect(try String(contentsOfFile: staging + "/page.html", encoding: .utf8) == "rewritten\n")
        #expect(try String(contentsOfFile: published + "/page.html", encoding: .utf8) == "old page\n")
    }

    /// Listings are compared with the published file a block at a time.
    @Test(arguments: [0, 1, 2_000_000])
    func aLargeFileDifferingAnywhereIsWrittenAgain(at position: Int) throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = String(repeating: "0123456789abcdef", count: 160_000)
        try Fixtures.write(text, to: published + "/big.json")
        var changed = Array(text.utf8)
        changed[min(position, changed.count - 1)] = UInt8(ascii: "X")
        let writer = SiteWriter(root: staging, previous: published)
        let half = changed.count / 2
        try writer.write(PiecewiseText([.text(String(decoding: changed[..<half], as: UTF8.self)),
                                        .text(String(decoding: changed[half...], as: UTF8.self))]), to: "big.json")
        #expect(try inode(staging + "/big.json") != inode(published + "/big.json"))
        #expect(FileManager.default.contents(atPath: staging + "/big.json") == Data(changed))
    }

    /// A staging folder started from the spare site: files are kept or replaced, never
    /// written through, and what the build did not write goes, with the folders it empties.
    @Test func aSpareStagingFolderKeepsReplacesAndDeletes() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write("kept\n", to: staging + "/kept.html")
        try Fixtures.write("stale\n", to: staging + "/gone/deep/old.html")
        try Fixtures.write("outside\n", to: folder + "/outside.html")
        try FileManager.default.linkItem(atPath: published + "/page.html", toPath: staging + "/linked.html")
        let writer = SiteWriter(root: staging, previous: published)

        #expect(writer.keep("kept.html"))
        #expect(!writer.keep("missing.html"))
        try writer.write(Array("new\n".utf8), to: "linked.html")
        #expect(writer.reuse("page.html"))
        writer.removeFiles(notWrittenAmong: ["kept.html", "linked.html", "page.html", "gone/deep/old.html", "../outside.html"])

        #expect(try String(contentsOfFile: staging + "/linked.html", encoding: .utf8) == "new\n")
        #expect(try String(contentsOfFile: published + "/page.html", encoding: .utf8) == "old page\n")
        #expect(FileManager.default.fileExists(atPath: staging + "/kept.html"))
        #expect(!FileManager.default.fileExists(atPath: staging + "/gone"))
        #expect(FileManager.default.fileExists(atPath: folder + "/outside.html"))
        #expect(writer.written.sorted == ["kept.html", "linked.html", "page.html"])
    }

    /// Digests are made of the pieces' hashes, so stored fragments are never read for them;
    /// once the previous site's manifest knows a listing's digest, the previous file is not
    /// read either: equal is linked, different is written.
    @Test func aListingWithAKnownPreviousDigestIsNeverCompared() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write("0123456789", to: folder + "/fragments")
        let fragments = try #require(ReadOnlyFile(path: folder + "/fragments"))
        let other = try #require(ReadOnlyFile(path: folder + "/fragments"))
        func text(_ head: String, _ file: ReadOnlyFile, _ range: Range<Int>, hash: UInt64) -> PiecewiseText {
            PiecewiseText([.text(head), .stored(StoredText(file: file, range: range, hash: hash))])
        }
        let digest = try #require(text("<h1>", fragments, 0..<4, hash: 1).digest)
        #expect(text("<h1>", other, 6..<10, hash: 1).digest == digest, "the same hashes wherever the bytes lie")
        #expect(text("<h2>", fragments, 0..<4, hash: 1).digest != digest)
        #expect(text("<h1>", fragments, 0..<4, hash: 2).digest != digest)
        #expect(PiecewiseText([.text("<h1>0123")]).digest == nil, "nothing to gain without a fragment")

        // The published page says something else: a matching digest is trusted, not compared.
        let trusting = SiteWriter(root: staging, previous: published, previousDigests: ["page.html": digest])
        try trusting.write(text("<h1>", fragments, 0..<4, hash: 1), to: "page.html")
        #expect(try inode(staging + "/page.html") == inode(published + "/page.html"))
        #expect(trusting.written.digests.map(\.digest) == [digest])

        // It says the same as the new text: another digest is written all the same, unread.
        try Fixtures.write("<h1>0123", to: published + "/same.html")
        let writing = SiteWriter(root: staging, previous: published, previousDigests: ["same.html": digest &+ 1])
        try writing.write(text("<h1>", fragments, 0..<4, hash: 1), to: "same.html")
        #expect(try String(contentsOfFile: staging + "/same.html", encoding: .utf8) == "<h1>0123")
        #expect(try inode(staging + "/same.html") != inode(published + "/same.html"))

        // Without a manifest's digest the files are compared, and equal ones linked.
        let comparing = SiteWriter(root: staging, previous: published)
        try comparing.write(text("<h1>", fragments, 0..<4, hash: 1), to: "same.html")
        #expect(try inode(staging + "/same.html") == inode(published + "/same.html"))
    }
}
