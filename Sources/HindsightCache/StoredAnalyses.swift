import HindsightCore
import HindsightRender

/// The analyses read from the cache's `analyses` file, by document path, each with where its
/// encoded bytes lie in that file, and the fragments file their listings are stored in; both
/// files stay open for as long as they are used.
package struct StoredAnalyses: Sendable {
    /// The analyses as they were decoded, a block of the file at a time (nil where an entry
    /// did not decode): joining the blocks into one array copied every analysis, a retain
    /// per field, on one core.
    private var blocks: [[StoredAnalysis?]] = []
    /// Positions in `blocks`: the analyses are large, and a dictionary of them was a
    /// measurable copy.
    private var byPath: [String: Position] = [:]
    private var file: ReadOnlyFile?
    /// The fragments file, as the analyses file committed it.
    private(set) var fragments: (file: ReadOnlyFile, commit: FragmentFile.Commit)?

    private struct Position {
        var block: Int
        var index: Int
    }

    package init() {}

    init(blocks: [[StoredAnalysis?]], file: ReadOnlyFile, fragments: ReadOnlyFile, commit: FragmentFile.Commit) {
        self.blocks = blocks
        byPath.reserveCapacity(blocks.reduce(0) { $0 + $1.count })
        for block in blocks.indices {
            for index in blocks[block].indices {
                guard let path = blocks[block][index]?.analysis.stamp.relativePath, byPath[path] == nil else { continue }
                byPath[path] = Position(block: block, index: index)
            }
        }
        self.file = file
        self.fragments = (fragments, commit)
    }

    /// The stored analysis of a document, whatever bytes it was made from.
    subscript(relativePath: String) -> StoredAnalysis? { byPath[relativePath].flatMap { self[$0] } }

    private subscript(position: Position) -> StoredAnalysis? { blocks[position.block][position.index] }

    /// The analysis of the document `stamp` names, when it was made from the same bytes.
    package func analysis(matching stamp: DocumentStamp) -> CachedAnalysis? {
        position(of: stamp).flatMap { self[$0]?.analysis }
    }

    /// The encoded bytes of `analysis` as it was read, when it is unchanged since (same
    /// document, same inputs): saving then copies rather than encodes.
    func unchangedBytes(of analysis: CachedAnalysis) -> [UInt8]? {
        guard let file, let position = position(of: analysis.stamp), let encoded = self[position]?.encoded else { return nil }
        return file.bytes(in: encoded)
    }

    /// Where the whole entry of `analysis` lies in the file, when saving it with its listing
    /// stored at `ranges` would write the same bytes: the same analysis, and the listing
    /// read from it (same slug, same places, same hashes).
    func unchangedEntry(of analysis: CachedAnalysis, listingAt ranges: [Range<Int>]) -> Range<Int>? {
        guard let position = position(of: analysis.stamp) else { return nil }
        // Only the listing is taken out: a stored analysis copied whole retains every field
        // of its incident.
        let old = self[position]?.analysis.listing, new = analysis.listing
        guard old?.slug == new?.slug,
              (old?.pieces ?? []).elementsEqual(new?.pieces ?? [], by: { $0.contentHash == $1.contentHash }),
              (old?.pieces ?? []).elementsEqual(ranges, by: { $0.storedRange == $1 })
        else { return nil }
        return self[position]?.entry
    }

    /// The bytes of the file in `range`: entries copied as they are.
    func bytes(in range: Range<Int>) -> [UInt8]? { file?.bytes(in: range) }

    /// Where the stored analysis of the document `stamp` names lies, when it was made from
    /// the same bytes.
    private func position(of stamp: DocumentStamp) -> Position? {
        guard let position = byPath[stamp.relativePath], self[position]?.analysis.stamp == stamp else { return nil }
        return position
    }
}

/// A cached analysis, where its encoded bytes lie in the `analyses` file, and where its
/// whole entry (`CacheEntry`, length prefix included) does.
struct StoredAnalysis: Sendable {
    var analysis: CachedAnalysis
    var encoded: Range<Int>
    var entry: Range<Int>
}
