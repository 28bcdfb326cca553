import HindsightCore

/// Elements filed under names, one group per slug: names that differ only in case or
/// punctuation ("SEV2", "sev2") share a group, and so a page, under the name first met.
/// The taxonomy files incidents this way (`tags/latency/`), the follow-ups pages file their
/// items (`follow-ups/owner/ada/`).
struct SluggedGroup: Sendable, Hashable {
    let name: String
    let slug: String
    /// The positions of the group's elements, ascending, each once.
    var positions: [Int]

    /// The groups of `positions`, in no particular order: sort them.
    ///
    /// - Parameter names: the names the element at a position is filed under; blank ones
    ///   are skipped.
    static func groups(_ positions: Range<Int>, names: (Int) -> [String]) -> [SluggedGroup] {
        var bySlug: [String: SluggedGroup] = [:]
        // Names repeat across the archive (a service, an author): each is slugged once.
        var slugs: [String: String] = [:]
        for position in positions {
            let names = names(position).map(\.trimmed).filter { !$0.isEmpty }
            // An element that names a group twice ("SEV2" and "sev2") is listed once.
            for name in names.count < 2 ? names : Set(names).sorted() {
                let slug = slugs[name] ?? Slug.make(name)
                slugs[name] = slug
                if bySlug[slug]?.positions.last == position { continue }
                bySlug[slug, default: SluggedGroup(name: name, slug: slug, positions: [])].positions.append(position)
            }
        }
        return Array(bySlug.values)
    }

    /// Alphabetically, whatever the case; by slug between names that differ only in case.
    static func alphabetically(_ a: SluggedGroup, _ b: SluggedGroup) -> Bool {
        (a.name.lowercased(), a.slug) < (b.name.lowercased(), b.slug)
    }
}
