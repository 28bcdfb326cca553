import HindsightCache
import HindsightCore
import HindsightRender

/// What an incident's page is made from, as one number: its document's bytes, its slug
/// (which can change when another document takes it), its related incidents (which the
/// whole archive decides), and the title, address and date of its older and newer
/// neighbours (the links at its foot). The theme and settings are in
/// `inputs`. Equal keys mean the previous build wrote the same page.
enum PageKey {
    static func keys(_ incidents: [Incident], stamps: [String: DocumentStamp], inputs: UInt64, jobs: Int) -> [SiteManifest.PageKey] {
        Array(incidents.indices).parallelMap(jobs: jobs) { position in
            // Fields are read in place: taking an incident out of the array copies it whole.
            let source = incidents[position].source, url = incidents[position].url
            var hasher = StableHasher()
            hasher.combine(inputs)
            hasher.combine(source)
            hasher.combine(url)
            hasher.combine(stamps[source]?.hash ?? 0)
            hasher.combine(stamps[source]?.size ?? -1)
            hasher.combine(incidents[position].relationsKey)
            // The older neighbour, then the newer (as `IncidentNeighbours`).
            for neighbour in [position + 1, position - 1] {
                guard incidents.indices.contains(neighbour) else {
                    for _ in 0..<3 { hasher.combine("\u{0}") }
                    continue
                }
                hasher.combine(incidents[neighbour].title)
                hasher.combine(incidents[neighbour].url)
                hasher.combine(incidents[neighbour].date?.description ?? "\u{0}")
            }
            return SiteManifest.PageKey(url: url, key: hasher.value)
        }
    }
}
