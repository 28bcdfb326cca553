import HindsightCache
import HindsightCore
import HindsightRender

/// The archive after the analyse and collect stages: its incidents in archive order (only
/// `forListings`), and what the cache will keep of every document's analysis.
struct AnalysedArchive {
    var incidents: [Incident]
    /// The position of each incident's analysis among `analyses`.
    var origins: [Int]
    /// Every document's analysis, incident or not, in source order.
    var analyses: [CachedAnalysis]
    /// Where the incidents analysed by this build lie in the `BuildSpill`, by source path.
    var spilled: [String: Range<Int>]
    var diagnostics: [Diagnostic]

    /// Each incident's listing fragments from the cache, if it had them.
    var keptFragments: [ListingFragments?] {
        origins.map { analyses[$0].listing }
    }

    /// Stores each incident's fragments, as rendered, with its analysis for the cache.
    mutating func keep(_ fragments: [ListingFragments]) {
        for (position, origin) in origins.enumerated() {
            analyses[origin].listing = fragments[position]
        }
    }
}
