import HindsightCore

/// A piece of a file's text: in memory, or left in a file until it is written out.
enum TextPiece: Sendable, Equatable {
    case text(String)
    case stored(StoredText)

    /// Calls `body` with the piece's UTF-8; false when stored text cannot be read.
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        switch self {
        case .text(var text): return try text.withUTF8(body)
        case .stored(let stored): return try stored.bytes().map { try $0.withUnsafeBufferPointer(body) }
        }
    }

    /// A `StableHasher` hash of the piece's bytes; a stored piece's was taken when it was
    /// stored, so it is known without reading the piece back.
    var contentHash: UInt64 {
        switch self {
        case .text(let text): StableHasher.hash(text)
        case .stored(let stored): stored.hash
        }
    }

    var isStored: Bool { storedRange != nil }

    /// Where a stored piece lies in its file.
    var storedRange: Range<Int>? {
        if case .stored(let stored) = self { stored.range } else { nil }
    }

    var utf8Count: Int {
        switch self {
        case .text(let text): text.utf8.count
        case .stored(let stored): stored.range.count
        }
    }

    /// The text itself, read when stored (for tests and small pieces).
    var text: String? {
        withUTF8 { String(decoding: $0, as: UTF8.self) }
    }
}

/// UTF-8 text left where it lies in an open file (the cache's previous `analyses` file, or
/// the build's spill): an archive's largest listing fragments, its `incidents.json` entries
/// and search documents, would otherwise all stay in memory until the listings are written.
struct StoredText: Sendable, Equatable {
    let file: ReadOnlyFile
    let range: Range<Int>
    /// `StableHasher.hash` of the bytes in `range`, kept beside it (in the cache
    /// entry) so that a listing's digest reads none of its fragments.
    let hash: UInt64

    func bytes() -> [UInt8]? { file.bytes(in: range) }

    static func == (a: StoredText, b: StoredText) -> Bool { a.file === b.file && a.range == b.range }
}
