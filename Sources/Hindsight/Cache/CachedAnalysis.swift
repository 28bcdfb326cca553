/// One document's analysis as the cache keeps it: valid for the same bytes at the same path
/// under the same `BuildInputs`. The body's HTML is left out (listings do not need it, and it
/// is most of the size); a page that must be rendered again re-analyses its document.
struct CachedAnalysis: Sendable, Codable {
    var stamp: DocumentStamp
    var outcome: DocumentAnalyser.Outcome

    init(stamp: DocumentStamp, outcome: DocumentAnalyser.Outcome) {
        self.stamp = stamp
        self.outcome = outcome
        self.outcome.incident?.bodyHTML = ""
    }
}

/// A cached analysis with the bytes it was read from, so that saving the cache again does
/// not re-encode the documents that did not change.
struct StoredAnalysis: Sendable {
    var analysis: CachedAnalysis
    var bytes: [UInt8]
}
