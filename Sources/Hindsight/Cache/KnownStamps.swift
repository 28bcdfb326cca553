import HindsightCore
import HindsightRender

/// The cache's `stamps` file: each document's stamp with the settled `FileStatus` it was
/// read under. A build hashes again only the documents whose status moved; reading and
/// hashing all of them was a tenth of a one-file rebuild at 10,000 documents.
struct KnownStamps: Sendable {
    struct Entry: Sendable, Equatable {
        var stamp: DocumentStamp
        var status: FileStatus
    }

    private var byPath: [String: Entry] = [:]

    init() {}

    init(_ entries: [Entry]) {
        byPath = Dictionary(entries.map { ($0.stamp.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
    }

    subscript(relativePath: String) -> Entry? { byPath[relativePath] }

    /// Sorted by path, so that the same stamps make the same file.
    var entries: [Entry] { byPath.values.sorted { $0.stamp.relativePath < $1.stamp.relativePath } }

    func encoded() -> [UInt8] {
        let sink = BinarySink()
        sink.list(entries) { entry in
            sink.string(entry.stamp.relativePath)
            sink.signed(Int64(entry.stamp.size))
            sink.number(entry.stamp.hash)
            for field in [entry.status.device, entry.status.inode, entry.status.size, entry.status.modified, entry.status.changed] {
                sink.signed(Int64(field))
            }
        }
        return sink.bytes
    }

    init(decoding bytes: ArraySlice<UInt8>) throws {
        let entries = try bytes.withUnsafeBufferPointer { buffer in
            let source = BinarySource(buffer)
            let entries = try source.list {
                Entry(stamp: DocumentStamp(relativePath: try source.string(), size: try source.int(), hash: try source.number()),
                      status: FileStatus(device: try source.int(), inode: try source.int(), size: try source.int(),
                                         modified: try source.int(), changed: try source.int()))
            }
            guard source.isAtEnd else { throw BinarySource.malformed }
            return entries
        }
        self.init(entries)
    }
}
