import Foundation
import HindsightRender
import HindsightWrite

/// The cache's `fragments` file: every document's listing fragments as runs of raw UTF-8,
/// which listings read back where they lie (`StoredText`).
///
/// A save appends only the fragments made in its build: an unchanged document's fragments
/// stay where they are. They are most of the cache (about 12 KB a document), and copying
/// them into a new file on every save was a tenth of a one-file rebuild. The `analyses`
/// file names the generation it was saved with and how many bytes were committed then;
/// bytes past that (a save killed while appending) are cut off by the next save, and a file
/// of another generation is not read at all. Once less than half of it is still used, a
/// save rewrites it, under a new generation, with only what is.
struct FragmentFile {
    static let name = "fragments"
    let path: String
    private static let magic = Array("hindsight-fragments-\(BuildInputs.cacheFormat)\n".utf8)
    private static var headerSize: Int { magic.count + 8 }

    /// What an `analyses` file knows of the fragments file it was saved with.
    struct Commit: Sendable, Equatable {
        var generation: UInt64
        var length: Int
    }

    /// The file, open for reading, when it is the generation `commit` names and holds all it
    /// committed; nil otherwise, and the cache is then not used.
    func open(_ commit: Commit) -> ReadOnlyFile? {
        guard let file = ReadOnlyFile(path: path), file.size >= commit.length,
              file.bytes(in: 0..<Self.headerSize) == Self.header(commit.generation) else { return nil }
        return file
    }

    /// Writes the fragments of `listings`, returning the new commit and where each listing's
    /// four pieces now lie. Pieces stored in `current` (the file as `committed`) keep their
    /// place when appending; everything else is written.
    func write(_ listings: [ListingFragments?], current: ReadOnlyFile?, committed: Commit?) throws
        -> (commit: Commit, ranges: [[Range<Int>]]) {
        let kept = listings.reduce(0) { sum, listing in
            sum + (listing?.pieces ?? []).reduce(0) { $0 + (Self.stored($1, in: current)?.count ?? 0) }
        }
        if let current, let committed, kept * 2 >= committed.length - Self.headerSize {
            let sink = try FileSink(appendingTo: path, at: committed.length)
            let ranges = try append(listings, to: sink, keepingFrom: current)
            return (Commit(generation: committed.generation, length: sink.length), ranges)
        }
        let generation = UInt64.random(in: 1...UInt64.max)
        let partial = path + ".partial"
        do {
            let sink = try FileSink(path: partial)
            try sink.append(Self.header(generation))
            let ranges = try append(listings, to: sink, keepingFrom: nil)
            guard rename(partial, path) == 0 else { throw FileSink.Failure(description: String(cString: strerror(errno))) }
            return (Commit(generation: generation, length: sink.length), ranges)
        } catch {
            unlink(partial)
            throw error
        }
    }

    private func append(_ listings: [ListingFragments?], to sink: FileSink, keepingFrom current: ReadOnlyFile?) throws -> [[Range<Int>]] {
        let ranges = try listings.map { listing in
            try (listing?.pieces ?? []).map { piece -> Range<Int> in
                if let range = Self.stored(piece, in: current) { return range }
                let start = sink.length
                guard try piece.withUTF8({ try sink.append($0) }) != nil else { throw BinarySource.malformed }
                return start..<sink.length
            }
        }
        try sink.flush()
        return ranges
    }

    /// Where `piece` lies in `file`, when it is stored there.
    private static func stored(_ piece: TextPiece, in file: ReadOnlyFile?) -> Range<Int>? {
        guard case .stored(let stored) = piece, let file, stored.file === file else { return nil }
        return stored.range
    }

    private static func header(_ generation: UInt64) -> [UInt8] {
        magic + (0..<8).map { UInt8(truncatingIfNeeded: generation >> ($0 * 8)) }
    }
}
