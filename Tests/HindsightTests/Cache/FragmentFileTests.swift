import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCache
@testable import HindsightCore
@testable import HindsightRender

/// The fragments file grows by what each build made, keeps what is unchanged where it lies,
/// ignores what a killed save appended, and is rewritten once it is mostly unused.
@Suite struct FragmentFileTests {
    private let folder: String
    private var fragments: FragmentFile { FragmentFile(path: folder + "/fragments") }

    init() throws { folder = try Fixtures.temporaryFolder() }

    private func listing(_ name: String, size: Int = 100) -> ListingFragments {
        let text = String(repeating: name, count: size)
        return ListingFragments(slug: name, relationsKey: 7, indexRow: .text("<tr>\(text)</tr>"), termRow: .text("<tr>\(name)</tr>"),
                                exportEntry: .text("{\"\(text)\": 1}"), searchDocument: .text("[\"\(name)\"]"))
    }

    /// What a build reading the cache sees: each listing's pieces stored in the file.
    private func reread(_ listings: [ListingFragments], ranges: [[Range<Int>]], commit: FragmentFile.Commit) throws
        -> (file: ReadOnlyFile, listings: [ListingFragments]) {
        let file = try #require(fragments.open(commit))
        let stored = zip(listings, ranges).map { listing, ranges in
            ListingFragments(slug: listing.slug, relationsKey: listing.relationsKey, indexRow: .stored(StoredText(file: file, range: ranges[0], hash: 0)),
                             termRow: .stored(StoredText(file: file, range: ranges[1], hash: 0)),
                             exportEntry: .stored(StoredText(file: file, range: ranges[2], hash: 0)),
                             searchDocument: .stored(StoredText(file: file, range: ranges[3], hash: 0)))
        }
        return (file, stored)
    }

    @Test func aSaveAppendsOnlyWhatChanged() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = [listing("a"), listing("b"), listing("c")]
        let saved = try fragments.write(first, current: nil, committed: nil)
        let (file, stored) = try reread(first, ranges: saved.ranges, commit: saved.commit)
        #expect(stored.map(\.exportEntry.text) == first.map(\.exportEntry.text))

        let second = [stored[0], listing("B"), stored[2]]
        let resaved = try fragments.write(second, current: file, committed: saved.commit)
        #expect(resaved.commit.generation == saved.commit.generation)
        #expect(resaved.ranges[0] == saved.ranges[0] && resaved.ranges[2] == saved.ranges[2])
        #expect(resaved.commit.length == saved.commit.length + listing("B").pieces.reduce(0) { $0 + $1.utf8Count })
        let (_, again) = try reread(second, ranges: resaved.ranges, commit: resaved.commit)
        #expect(again.map(\.indexRow.text) == second.map(\.indexRow.text))
    }

    @Test func whatAKilledSaveAppendedIsCutOff() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let saved = try fragments.write([listing("a"), listing("b")], current: nil, committed: nil)
        let handle = try #require(FileHandle(forWritingAtPath: fragments.path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("half a save".utf8))
        try handle.close()
        let (file, stored) = try reread([listing("a"), listing("b")], ranges: saved.ranges, commit: saved.commit)

        let resaved = try fragments.write([stored[0], listing("c")], current: file, committed: saved.commit)
        let (_, again) = try reread([listing("a"), listing("c")], ranges: resaved.ranges, commit: resaved.commit)
        #expect(again[1].searchDocument.text == "[\"c\"]")
        #expect(resaved.ranges[1][0].lowerBound == saved.commit.length)
    }

    @Test func aMostlyUnusedFileIsRewrittenUnderANewGeneration() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let saved = try fragments.write([listing("a"), listing("b"), listing("c")], current: nil, committed: nil)
        let (file, stored) = try reread([listing("a"), listing("b"), listing("c")], ranges: saved.ranges, commit: saved.commit)

        let resaved = try fragments.write([stored[0], nil, nil], current: file, committed: saved.commit)
        #expect(resaved.commit.generation != saved.commit.generation)
        #expect(resaved.commit.length < saved.commit.length / 2)
        #expect(fragments.open(saved.commit) == nil, "the old generation is not read")
        let (_, again) = try reread([listing("a")], ranges: [resaved.ranges[0]], commit: resaved.commit)
        #expect(again[0].exportEntry.text == listing("a").exportEntry.text)
    }

    @Test func aShortOrForeignFileIsNotOpened() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let saved = try fragments.write([listing("a")], current: nil, committed: nil)
        #expect(fragments.open(saved.commit) != nil)
        #expect(fragments.open(FragmentFile.Commit(generation: saved.commit.generation, length: saved.commit.length + 1)) == nil)
        #expect(fragments.open(FragmentFile.Commit(generation: saved.commit.generation &+ 1, length: saved.commit.length)) == nil)
    }
}
