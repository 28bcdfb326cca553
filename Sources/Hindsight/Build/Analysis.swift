import HindsightCache

/// A document's analysis in this build: taken from the cache, or made now.
struct Analysis: Sendable {
    /// What the cache keeps of it: its incident only `forListings`.
    var cached: CachedAnalysis
    /// Where the whole incident lies in the `BuildSpill`, when it was analysed now.
    var spilled: Range<Int>?
}
