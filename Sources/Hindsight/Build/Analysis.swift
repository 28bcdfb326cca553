/// A document's analysis in this build: from the cache (no body) or made now (`fresh`).
struct Analysis: Sendable {
    var cached: CachedAnalysis
    var fresh: Bool
    /// The body's HTML of a fresh analysis, which the cached form leaves out.
    var body: String?

    var outcome: DocumentAnalyser.Outcome {
        var outcome = cached.outcome
        if let body { outcome.incident?.bodyHTML = body }
        return outcome
    }
}
