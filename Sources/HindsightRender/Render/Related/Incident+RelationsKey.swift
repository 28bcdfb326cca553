import HindsightCore

extension Incident {
    /// What the archive decided about the incident (`related`, `recurrenceOf`) as one
    /// number. Its page and listing fragments show them, yet they change when another
    /// document does: a page or fragment made under another key is stale.
    package var relationsKey: UInt64 {
        var hasher = StableHasher()
        for link in related + (recurrenceOf.map { [$0] } ?? []) {
            hasher.combine(link.url)
            hasher.combine(link.title)
            hasher.combine(link.why)
        }
        hasher.combine(related.count)
        hasher.combine(recurrenceOf != nil)
        return hasher.value
    }
}
