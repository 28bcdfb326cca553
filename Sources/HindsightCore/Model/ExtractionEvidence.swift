/// How each extracted field was decided: where the chosen reading came from, and the other
/// readings it was preferred to, best first.
public struct ExtractionEvidence: Sendable, Hashable, Codable {
    public struct Choice: Sendable, Hashable, Codable {
        public var provenance: Provenance
        public var runnersUp: [Alternative]
    }

    /// A reading that lost, shown as text.
    public struct Alternative: Sendable, Hashable, Codable {
        public var value: String
        public var provenance: Provenance
    }

    public private(set) var choices: [ExtractedField: Choice] = [:]

    public init() {}

    /// The choices in the order of `ExtractedField`, as `Codable` stores them: a list, which
    /// every coder (the build's binary one too) reads back in the same order.
    private struct Entry: Codable {
        var field: ExtractedField
        var choice: Choice
    }

    public init(from decoder: any Decoder) throws {
        let entries = try [Entry](from: decoder)
        choices = Dictionary(entries.map { ($0.field, $0.choice) }, uniquingKeysWith: { first, _ in first })
    }

    public func encode(to encoder: any Encoder) throws {
        try ExtractedField.allCases.compactMap { field in choices[field].map { Entry(field: field, choice: $0) } }.encode(to: encoder)
    }

    public subscript(field: ExtractedField) -> Choice? { choices[field] }

    /// Records the first of `candidates` as the field's choice and the others, different in
    /// value, as its runners-up.
    mutating func record<Value>(_ field: ExtractedField, _ candidates: [Candidate<Value>], describe: (Value) -> String) {
        guard let chosen = candidates.first else {
            choices[field] = nil
            return
        }
        var seen: Set<Value> = [chosen.value]
        let others = candidates.dropFirst().filter { seen.insert($0.value).inserted }
        choices[field] = Choice(provenance: chosen.provenance,
                                runnersUp: others.map { Alternative(value: describe($0.value), provenance: $0.provenance) })
    }

    mutating func record(_ field: ExtractedField, _ provenance: Provenance?) {
        choices[field] = provenance.map { Choice(provenance: $0, runnersUp: []) }
    }
}
