/// One document's analysis as the cache keeps it: valid for the same bytes at the same path
/// under the same `BuildInputs`. The incident is kept only `forListings` (the rest is most
/// of the size, and listings do not read it); a page or fragments that must be made again
/// re-analyse their document.
struct CachedAnalysis: Sendable {
    var stamp: DocumentStamp
    var outcome: DocumentAnalyser.Outcome
    /// What the listings showed of it in the last build, reused while the slug is the same.
    /// `CacheEntry` writes it after the rest, by hand.
    var listing: ListingFragments?

    init(stamp: DocumentStamp, outcome: DocumentAnalyser.Outcome) {
        self.init(stamp: stamp, listed: outcome)
        self.outcome.incident = outcome.incident?.forListings
    }

    /// - Parameter listed: an outcome whose incident is already in its listing form.
    init(stamp: DocumentStamp, listed: DocumentAnalyser.Outcome) {
        self.stamp = stamp
        self.outcome = listed
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
