/// The analyses read from the cache's `analyses` file, by document path, each with where
/// its bytes lie in that file.
struct StoredAnalyses: Sendable {
    private var byPath: [String: StoredAnalysis] = [:]
    /// `RawFile.identity` of the file the locations refer to.
    private(set) var file: [Int]?

    init() {}

    init(_ analyses: [StoredAnalysis], file: [Int]) {
        for stored in analyses { byPath[stored.analysis.stamp.relativePath] = stored }
        self.file = file
    }

    subscript(relativePath: String) -> StoredAnalysis? { byPath[relativePath] }

    /// The bytes `analysis` was read from, when it is unchanged since and `previous` is
    /// still the file it was read from: saving then copies rather than encodes.
    func unchangedBytes(of analysis: CachedAnalysis, in previous: ReadOnlyFile?) -> [UInt8]? {
        guard let previous, previous.identity == file, let old = byPath[analysis.stamp.relativePath],
              old.analysis.stamp == analysis.stamp, old.analysis.listing == analysis.listing
        else { return nil }
        return previous.bytes(in: old.location)
    }
}

/// A cached analysis and the place in the `analyses` file it was decoded from.
struct StoredAnalysis: Sendable {
    var analysis: CachedAnalysis
    var location: Range<Int>
}
