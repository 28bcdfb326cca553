import HindsightCore

/// A file's text as pieces written one after another and never joined. The archive's
/// largest files (`incidents.json`, the search index) are made of per-incident fragments,
/// most of them left in files (`StoredText`); a joined copy of them was the largest
/// allocation of a build.
package struct PiecewiseText: Sendable {
    var pieces: [TextPiece]

    package init(_ pieces: [TextPiece]) { self.pieces = pieces }

    /// `head`, then `parts` with `separator` between each two, then `tail`: a JSON array of
    /// per-incident fragments.
    init(head: String, joining parts: [TextPiece], separator: String, tail: String) {
        var pieces: [TextPiece] = [.text(head)]
        pieces.reserveCapacity(2 * parts.count + 1)
        for (position, part) in parts.enumerated() {
            pieces += position == 0 ? [part] : [.text(separator), part]
        }
        pieces.append(.text(tail))
        self.init(pieces)
    }

    package var utf8Count: Int { pieces.reduce(0) { $0 + $1.utf8Count } }

    /// A digest of the text made from its pieces' hashes, reading none of the stored ones.
    /// Equal digests mean equal text, and different digests different text, as long as equal
    /// texts are cut into the same pieces: listings are, since the template and the
    /// incidents decide where each fragment goes. Nil when no piece is stored (a page
    /// rendered whole): comparing it with the previous file is then as cheap as hashing it.
    package var digest: UInt64? {
        guard pieces.contains(where: \.isStored) else { return nil }
        var hasher = StableHasher()
        for piece in pieces {
            hasher.combine(piece.contentHash)
        }
        return hasher.value
    }

    /// Calls `body` with each piece's UTF-8, in order; stops at the first false, and at a
    /// piece that cannot be read.
    package func forEachUTF8(_ body: (UnsafeBufferPointer<UInt8>) throws -> Bool) rethrows -> Bool {
        for piece in pieces {
            guard try piece.withUTF8(body) == true else { return false }
        }
        return true
    }
}
