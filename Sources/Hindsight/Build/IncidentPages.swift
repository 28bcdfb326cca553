import HindsightCore
import HindsightRender

/// The render stage, per incident: its page (unless the published one can be reused) and
/// its listing fragments (unless kept from the cache), on all cores. An incident is made
/// whole only while one of them is being made, so a large archive never has more whole
/// incidents in memory than there are cores.
struct IncidentPages {
    let renderer: SiteRenderer
    let whole: WholeIncidents

    /// Every incident's fragments, in order, and the problems met writing pages.
    ///
    /// - Parameters:
    ///   - incidents: the archive, each only `forListings`.
    ///   - reuse: the pages already staged or published the same.
    ///   - kept: each incident's fragments from the cache, if any (valid while the slug and
    ///     the relations are).
    func render(_ incidents: [Incident], reusing reuse: PageReuse,
                kept: [ListingFragments?]) -> (fragments: [ListingFragments], diagnostics: [Diagnostic]) {
        let rendered = Array(incidents.indices).parallelMap(jobs: renderer.config.jobs) { position in
            render(position, of: incidents, reuse: reuse,
                   kept: kept[position].flatMap { fragments in
                       fragments.slug == incidents[position].slug && fragments.relationsKey == incidents[position].relationsKey
                           ? fragments : nil
                   })
        }
        return (rendered.map(\.fragments), rendered.compactMap(\.problem))
    }

    private struct Rendered: Sendable {
        var fragments: ListingFragments
        var problem: Diagnostic?
    }

    private func render(_ position: Int, of incidents: [Incident], reuse: PageReuse, kept: ListingFragments?) -> Rendered {
        let listed = incidents[position]
        let reused = (reuse.staged.contains(position) && renderer.keepStagedPage(of: listed))
            || (reuse.published.contains(position) && renderer.reusePage(of: listed))
        if reused, let kept { return Rendered(fragments: kept) }
        let incident = whole.whole(listed)
        let problem = reused ? nil : renderer.writePage(incident, neighbours: IncidentNeighbours(of: position, in: incidents))
        let fragments = kept ?? ListingFragments(incident, theme: renderer.theme, spill: whole.spill)
        return Rendered(fragments: fragments, problem: problem)
    }
}
