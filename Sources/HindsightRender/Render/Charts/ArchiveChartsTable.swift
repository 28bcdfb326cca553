import HindsightCore
import HindsightTemplates

/// The archive charts' numbers as a table, for readers who cannot see the charts (and for
/// those who want the figures): a row per slot of the axis, gaps included, with the count
/// and each duration's median and p90 over the incidents where it is known.
struct ArchiveChartsTable {
    let incidents: [Incident]
    let axis: PeriodAxis

    func rows() -> [TemplateValue] {
        var dated: [Int: [Incident]] = [:]
        for incident in incidents {
            if let slot = incident.date.flatMap(axis.slot) { dated[slot, default: []].append(incident) }
        }
        return axis.slots.indices.map { slot in
            let members = dated[slot] ?? []
            return ["period": .string(axis.label(slot)), "count": .int(members.count),
                    "durations": .list(DurationMetric.allCases.map { ["text": .string(Self.cell(members.map($0.minutes)))] })]
        }
    }

    /// `12 min · p90 1 h · 2 unknown`; `unknown` when none is known; empty without incidents.
    static func cell(_ durations: [Int?]) -> String {
        let unknown = durations.filter { $0 == nil }.count
        guard let percentiles = Percentiles(durations.compactMap { $0 }) else { return durations.isEmpty ? "" : "unknown" }
        return "\(DurationText.minutes(percentiles.median)) · p90 \(DurationText.minutes(percentiles.p90))" + (unknown > 0 ? " · \(unknown) unknown" : "")
    }

    var headings: [TemplateValue] { DurationMetric.allCases.map { ["title": .string($0.title)] } }
}
