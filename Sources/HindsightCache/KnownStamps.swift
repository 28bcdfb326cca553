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
}

/// Stored as its `entries`.
extension KnownStamps: FieldCodable {
    static var blank: KnownStamps { KnownStamps() }

    mutating func code<Coder: FieldCoder>(with coder: Coder) throws(Coder.Failure) {
        var entries = entries
        try coder.list(&entries)
        self = KnownStamps(entries)
    }
}

extension KnownStamps.Entry: FieldCodable {
    static var blank: KnownStamps.Entry {
        KnownStamps.Entry(stamp: .blank, status: FileStatus(device: 0, inode: 0, size: 0, modified: 0, changed: 0))
    }

    mutating func code<Coder: FieldCoder>(with coder: Coder) throws(Coder.Failure) {
        try stamp.code(with: coder)
        try coder.int(&status.device)
        try coder.int(&status.inode)
        try coder.int(&status.size)
        try coder.int(&status.modified)
        try coder.int(&status.changed)
    }
}
