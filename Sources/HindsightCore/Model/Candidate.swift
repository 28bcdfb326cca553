/// One reading of an extracted field and where it came from. Extraction collects every
/// reading it finds, ranks them, and keeps the chosen one's evidence and the runners-up
/// (`ExtractionEvidence`), so that a page, `incidents.json` and `hindsight explain` can say
/// why a value is what it is.
public struct Candidate<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var provenance: Provenance

    public init(_ value: Value, _ provenance: Provenance) {
        self.value = value
        self.provenance = provenance
    }
}
