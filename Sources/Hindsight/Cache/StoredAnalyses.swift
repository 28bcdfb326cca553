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
        guard let file, let old = self[analysis.stamp.relativePath], old.analysis.stamp == analysis.stamp else { return nil }
        return file.bytes(in: old.encoded)
    }
}

/// A cached analysis and where its encoded bytes lie in the `analyses` file.
struct StoredAnalysis: Sendable {
    var analysis: CachedAnalysis
    var encoded: Range<Int>
}
