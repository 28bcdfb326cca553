/// The analyses read from the cache's `analyses` file, by document path, each with where its
/// encoded bytes lie in that file, and the fragments file their listings are stored in; both
/// files stay open for as long as they are used.
struct StoredAnalyses: Sendable {
    private var analyses: [StoredAnalysis] = []
    /// Positions in `analyses`: the analyses are large, and a dictionary of them was a
    /// measurable copy.
    private var byPath: [String: Int] = [:]
    private var file: ReadOnlyFile?
    /// The fragments file, as the analyses file committed it.
    private(set) var fragments: (file: ReadOnlyFile, commit: FragmentFile.Commit)?

    init() {}

    init(_ analyses: [StoredAnalysis], file: ReadOnlyFile, fragments: ReadOnlyFile, commit: FragmentFile.Commit) {
        self.analyses = analyses
        byPath = Dictionary(analyses.indices.map { (analyses[$0].analysis.stamp.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
        self.file = file
        self.fragments = (fragments, commit)
    }

    subscript(relativePath: String) -> StoredAnalysis? { byPath[relativePath].map { analyses[$0] } }

    /// The encoded bytes of `analysis` as it was read, when it is unchanged since (same
    /// document, same inputs): saving then copies rather than encodes.
    func unchangedBytes(of analysis: CachedAnalysis) -> [UInt8]? {
        guard let file, let position = unchanged(analysis) else { return nil }
        return file.bytes(in: analyses[position].encoded)
    }

    /// Where the whole entry of `analysis` lies in the file, when saving it with its listing
    /// stored at `ranges` would write the same bytes: the same analysis, and the listing
    /// read from it (same slug, same places, same hashes).
    func unchangedEntry(of analysis: CachedAnalysis, listingAt ranges: [Range<Int>]) -> Range<Int>? {
        // Fields are read in place: a stored analysis copied out retains its whole incident.
        guard let position = unchanged(analysis), analyses[position].analysis.listing?.slug == analysis.listing?.slug,
              analyses[position].analysis.listing?.pieces.map(\.contentHash) == analysis.listing?.pieces.map(\.contentHash),
              (analyses[position].analysis.listing?.pieces ?? []).map(\.storedRange) == ranges
        else { return nil }
        return analyses[position].entry
    }

    /// The bytes of the file in `range`: entries copied as they are.
    func bytes(in range: Range<Int>) -> [UInt8]? { file?.bytes(in: range) }

    /// The position of the stored analysis of the same document in the same bytes.
    private func unchanged(_ analysis: CachedAnalysis) -> Int? {
        guard let position = byPath[analysis.stamp.relativePath], analyses[position].analysis.stamp == analysis.stamp else { return nil }
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
