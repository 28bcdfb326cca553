/// The analyses read from the cache's `analyses` file, by document path, each with where
/// its bytes lie in that file, which stays open for as long as they are used.
struct StoredAnalyses: Sendable {
    private var byPath: [String: StoredAnalysis] = [:]
    private var file: ReadOnlyFile?

    init() {}

    init(_ analyses: [StoredAnalysis], file: ReadOnlyFile) {
        for stored in analyses { byPath[stored.analysis.stamp.relativePath] = stored }
        self.file = file
    }

    subscript(relativePath: String) -> StoredAnalysis? { byPath[relativePath] }

    /// The bytes `analysis` was read from, when it is unchanged since: saving then copies
    /// rather than encodes.
    func unchangedBytes(of analysis: CachedAnalysis) -> [UInt8]? {
        guard let file, let old = byPath[analysis.stamp.relativePath],
              old.analysis.stamp == analysis.stamp, old.analysis.listing == analysis.listing
        else { return nil }
        return file.bytes(in: old.location)
    }
}

/// A cached analysis and the place in the `analyses` file it was decoded from.
struct StoredAnalysis: Sendable {
    var analysis: CachedAnalysis
    var location: Range<Int>
}
