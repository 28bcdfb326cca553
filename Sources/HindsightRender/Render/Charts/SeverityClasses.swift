import HindsightTemplates

/// The colour classes of the archive charts' dots, by severity: the archive's severities in
/// order (`SEV1` before `SEV2`, as the names sort), the first four each a colour of their
/// own, the rest one colour. An archive without severities has a single colour and no legend.
struct SeverityClasses: Sendable {
    static let distinctColours = 4
    private let rankOfName: [String: Int]
    let names: [String]

    init(_ severities: [String?]) {
        names = Set(severities.compactMap { $0 }).sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
        rankOfName = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0 + 1) })
    }

    var isEmpty: Bool { names.isEmpty }

    /// `severity-1`…`severity-4`, `severity-other`, or `severity-none` for an incident
    /// without one in an archive that has them; empty in an archive without severities.
    func className(_ severity: String?) -> String {
        guard !isEmpty else { return "" }
        guard let severity, let rank = rankOfName[severity] else { return "severity-none" }
        return rank <= Self.distinctColours ? "severity-\(rank)" : "severity-other"
    }

    /// The legend: one entry per colour drawn.
    func legend(_ present: [String?]) -> [TemplateValue] {
        guard !isEmpty else { return [] }
        var entries: [(className: String, label: String)] = []
        for name in names where entries.count < Self.distinctColours { entries.append((className(name), name)) }
        if names.count > Self.distinctColours { entries.append(("severity-other", "other severities")) }
        if present.contains(where: { $0 == nil }) { entries.append(("severity-none", "no severity")) }
        return entries.map { ["className": .string($0.className), "label": .string($0.label)] }
    }
}
