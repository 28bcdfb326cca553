/// A file's text as pieces written one after another and never joined. The archive's
/// largest files (`incidents.json`, the search index) are made of per-incident fragments,
/// most of them left in files (`StoredText`); a joined copy of them was the largest
/// allocation of a build.
struct PiecewiseText: Sendable {
    var pieces: [TextPiece]

    init(_ pieces: [TextPiece]) { self.pieces = pieces }

    var utf8Count: Int { pieces.reduce(0) { $0 + $1.utf8Count } }

    /// A digest of the text that reads only what it must: a piece lying in a file whose bytes
    /// never change (`ReadOnlyFile.generation`) counts by where it lies, any other by its
    /// bytes. Equal digests mean equal text; equal text may have another digest (the same
    /// bytes elsewhere). Nil when no piece lies in such a file: comparing is then as cheap.
    var digest: UInt64? {
        guard pieces.contains(where: { $0.generation != nil }) else { return nil }
        var hasher = StableHasher()
        for piece in pieces {
            if case .stored(let stored) = piece, let generation = piece.generation {
                hasher.combine(UInt64(1))
                hasher.combine(generation)
                hasher.combine(stored.range.lowerBound)
                hasher.combine(stored.range.count)
            } else {
                hasher.combine(UInt64(0))
                guard piece.withUTF8({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) != nil else { return nil }
            }
        }
        return hasher.value
    }

    /// Calls `body` with each piece's UTF-8, in order; stops at the first false, and at a
    /// piece that cannot be read.
    func forEachUTF8(_ body: (UnsafeBufferPointer<UInt8>) throws -> Bool) rethrows -> Bool {
        for piece in pieces {
            guard try piece.withUTF8(body) == true else { return false }
        }
        return true
    }
}
