/// One document's analysis as the cache keeps it: valid for the same bytes at the same path
/// under the same `BuildInputs`. The body's HTML is left out (listings do not need it, and it
/// is most of the size); a page that must be rendered again re-analyses its document.
struct CachedAnalysis: Sendable, Codable {
    var stamp: DocumentStamp
    var outcome: DocumentAnalyser.Outcome
    /// What the listings showed of it in the last build, reused while the slug is the same.
    var listing: ListingFragments?

    init(stamp: DocumentStamp, outcome: DocumentAnalyser.Outcome) {
        self.stamp = stamp
        self.outcome = outcome
        self.outcome.incident?.bodyHTML = ""
    }

    /// The fragments kept with the analyses taken from the cache, by document path (an
    /// analysis made in this build has none yet).
    static func listings(in analyses: [CachedAnalysis]) -> [String: ListingFragments] {
        Dictionary(analyses.compactMap { analysis in analysis.listing.map { (analysis.stamp.relativePath, $0) } },
                   uniquingKeysWith: { first, _ in first })
    }

    /// `analyses` with each incident's fragments attached, matched by document path.
    static func keeping(_ fragments: [ListingFragments], of incidents: [Incident], in analyses: [CachedAnalysis]) -> [CachedAnalysis] {
        let bySource = Dictionary(zip(incidents.map(\.source), fragments), uniquingKeysWith: { first, _ in first })
        return analyses.map { analysis in
            var analysis = analysis
            analysis.listing = bySource[analysis.stamp.relativePath]
            return analysis
        }
    }
}

/// A cached analysis with the bytes it was read from, so that saving the cache again does
/// not re-encode the documents that did not change.
struct StoredAnalysis: Sendable {
    var analysis: CachedAnalysis
    var bytes: [UInt8]
}
