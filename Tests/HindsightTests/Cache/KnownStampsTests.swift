import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCache
@testable import HindsightCore
@testable import HindsightRender

/// A document is hashed again unless its whole status is the one it was hashed under, and
/// a status is only remembered once it is settled.
@Suite struct KnownStampsTests {
    private let folder: String
    private var path: String { folder + "/a.md" }
    private var file: SourceFile { SourceFile(path: path, relativePath: "a.md", displayPath: "content/a.md") }

    init() throws {
        folder = try Fixtures.temporaryFolder()
        try Fixtures.write("# Outage\n", to: folder + "/a.md")
    }

    private func stamp() -> (stamp: DocumentStamp, status: FileStatus?) {
        DocumentStamp.stamps(of: [file], known: KnownStamps(), jobs: 1)[0]
    }

    /// Sets the file's modification time back to `time` (nanoseconds since 1970).
    private func setModified(_ time: Int) {
        let times = [timespec(tv_sec: time / 1_000_000_000, tv_nsec: time % 1_000_000_000)]
        _ = (times + times).withUnsafeBufferPointer { utimensat(AT_FDCWD, path, $0.baseAddress, 0) }
    }

    @Test func aDocumentWhoseStatusIsKnownIsNotRead() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let status = try #require(FileStatus(path: path))
        let known = KnownStamps([.init(stamp: DocumentStamp(relativePath: "a.md", size: 9, hash: 42), status: status)])
        #expect(DocumentStamp.stamps(of: [file], known: known, jobs: 1)[0].stamp.hash == 42, "taken as known, unread")

        // The same size and modification time, other bytes: the change time still moves.
        try Fixtures.write("# Outake\n", to: path)
        setModified(status.modified)
        #expect(FileStatus(path: path)?.modified == status.modified)
        let stamped = DocumentStamp.stamps(of: [file], known: known, jobs: 1)[0].stamp
        #expect(stamped.hash == stamp().stamp.hash && stamped.hash != 42)
    }

    @Test func onlySettledStatusesAreRemembered() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(stamp().status == nil, "written just now")
        let status = try #require(FileStatus(path: path))
        #expect(!status.isSettled(at: status.changed + 1_000_000_000))
        #expect(status.isSettled(at: status.changed + 3_000_000_000))
        #expect(status.isSettled(at: max(status.modified, status.changed) + 2_000_000_001))
    }

    @Test func theCacheFormReadsBackAndDamageThrows() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let entries = [KnownStamps.Entry(stamp: DocumentStamp(relativePath: "b/é.md", size: -1, hash: .max),
                                         status: FileStatus(device: 2049, inode: 7, size: 0, modified: -5, changed: .max)),
                       KnownStamps.Entry(stamp: DocumentStamp(relativePath: "a.md", size: 9, hash: 1),
                                         status: FileStatus(device: 1, inode: 2, size: 9, modified: 3, changed: 4))]
        let bytes = KnownStamps(entries).encoded()
        #expect(try KnownStamps(decoding: bytes[...]).entries == entries.reversed(), "sorted by path")
        #expect(throws: (any Error).self) { try KnownStamps(decoding: bytes.dropLast()) }
        #expect(throws: (any Error).self) { try KnownStamps(decoding: (bytes + [1])[...]) }
    }
}
