import HindsightCore

/// A piece of a file's text, as UTF-8: in memory (as the template engine rendered it, never
/// decoded into a `String`), or left in a file until it is written out.
package enum TextPiece: Sendable, Equatable {
    case bytes([UInt8])
    case stored(StoredText)

    /// A piece in memory made of `text`'s UTF-8.
    package static func text(_ text: String) -> TextPiece { .bytes(Array(text.utf8)) }

    /// Calls `body` with the piece's UTF-8; false when stored text cannot be read.
    package func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        switch self {
        case .bytes(let bytes): return try bytes.withUnsafeBufferPointer(body)
        case .stored(let stored): return try stored.bytes().map { try $0.withUnsafeBufferPointer(body) }
        }
    }

    /// A `StableHasher` hash of the piece's bytes; a stored piece's was taken when it was
    /// stored, so it is known without reading the piece back.
    package var contentHash: UInt64 {
        switch self {
        case .bytes(let bytes): StableHasher.hash(bytes)
        case .stored(let stored): stored.hash
        }
    }

    var isStored: Bool { storedRange != nil }

    /// Where a stored piece lies in its file.
    package var storedRange: Range<Int>? {
        if case .stored(let stored) = self { stored.range } else { nil }
    }

    var utf8Count: Int {
        switch self {
        case .bytes(let bytes): bytes.count
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
package struct StoredText: Sendable, Equatable {
    package let file: ReadOnlyFile
    package let range: Range<Int>
    /// `StableHasher.hash` of the bytes in `range`, kept beside it (in the cache
    /// entry) so that a listing's digest reads none of its fragments.
    let hash: UInt64

    package init(file: ReadOnlyFile, range: Range<Int>, hash: UInt64) {
        self.file = file
        self.range = range
        self.hash = hash
    }

    func bytes() -> [UInt8]? { file.bytes(in: range) }

    package static func == (a: StoredText, b: StoredText) -> Bool { a.file === b.file && a.range == b.range }
}
