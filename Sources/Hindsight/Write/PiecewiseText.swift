/// A file's text as pieces written one after another and never joined. The archive's
/// largest files (`incidents.json`, the search index) are made of per-incident fragments
/// already in memory; a joined copy of them was the largest allocation of a build.
struct PiecewiseText: Sendable {
    var pieces: [String]

    init(_ pieces: [String]) { self.pieces = pieces }

    var utf8Count: Int { pieces.reduce(0) { $0 + $1.utf8.count } }

    /// Calls `body` with each piece's UTF-8, in order; stops at the first false.
    func forEachUTF8(_ body: (UnsafeBufferPointer<UInt8>) throws -> Bool) rethrows -> Bool {
        for piece in pieces {
            var piece = piece
            guard try piece.withUTF8(body) else { return false }
        }
        return true
    }
}
