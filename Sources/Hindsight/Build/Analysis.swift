/// A document's analysis in this build: taken from the cache, or made now (`fresh`).
struct Analysis: Sendable {
    /// What the cache keeps of it: its incident only `forListings`.
    var cached: CachedAnalysis
    /// The whole outcome, body included, when the document was analysed in this build.
    var fresh: DocumentAnalyser.Outcome?

    var outcome: DocumentAnalyser.Outcome { fresh ?? cached.outcome }
}
