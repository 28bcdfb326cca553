import HindsightCore
import HindsightRender

/// One document's analysis as the cache keeps it: valid for the same bytes at the same path
/// under the same `BuildInputs`. The incident is kept only `forListings` (the rest is most
/// of the size, and listings do not read it); a page or fragments that must be made again
/// re-analyse their document.
package struct CachedAnalysis: Sendable {
    package var stamp: DocumentStamp
    package var outcome: DocumentAnalyser.Outcome
    /// What the listings showed of it in the last build, reused while the slug is the same.
    /// `CacheEntry` writes it after the rest, by hand.
    package var listing: ListingFragments?

    package init(stamp: DocumentStamp, outcome: DocumentAnalyser.Outcome) {
        self.stamp = stamp
        self.outcome = outcome
        self.outcome.incident = outcome.incident?.forListings
    }
}
