import Foundation

/// `incidents.json`: the machine-readable export of the archive, documented in the README.
/// Keys are sorted and absent values are `null`, so two builds give the same bytes.
struct IncidentsJSON: Encodable {
    static let version = 1

    let incidents: [Incident]

    private enum Keys: String, CodingKey { case version, incidents }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(Self.version, forKey: .version)
        try container.encode(incidents.map(Entry.init), forKey: .incidents)
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return encoder
    }

    /// One incident's entry, pretty-printed and indented for its place in the file.
    static func entry(_ incident: Incident) throws -> String {
        var bytes: [UInt8] = []
        bytes.appendJSON(try encoder.encode(Entry(incident: incident)), indentedBy: 4)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same bytes as encoding `IncidentsJSON` whole, in pieces: each incident's `entry`
    /// between the punctuation. JSONEncoder builds a tree of the entire value before it
    /// writes, which for a large archive costs several times the file's size in memory; the
    /// entries are made one by one, and those of unchanged documents kept between builds.
    static func text(entries: [TextPiece]) -> PiecewiseText {
        var pieces: [TextPiece] = [.text("{\n  \"incidents\" : [")]
        pieces.reserveCapacity(2 * entries.count + 2)
        for (position, entry) in entries.enumerated() {
            pieces += [.text(position == 0 ? "\n" : ",\n"), entry]
        }
        pieces.append(.text((entries.isEmpty ? "\n\n  ],\n" : "\n  ],\n") + "  \"version\" : \(version)\n}"))
        return PiecewiseText(pieces)
    }

    private struct Entry: Encodable {
        let incident: Incident

        private enum Keys: String, CodingKey {
            case source, slug, url, title, date, severity, services, tags, authors, summary, sections, tables
            case timeline, diagnostics, uuid, company, product, categories, keywords, start, end, metrics
            case originalURL = "original_url"
            case durationMinutes = "duration_minutes"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(incident.source, forKey: .source)
            try c.encode(incident.slug, forKey: .slug)
            try c.encode(incident.url, forKey: .url)
            try c.encode(incident.title, forKey: .title)
            try c.encode(incident.date?.description, forKey: .date)
            try c.encode(incident.severity, forKey: .severity)
            try c.encode(incident.services, forKey: .services)
            try c.encode(incident.tags, forKey: .tags)
            try c.encode(incident.authors, forKey: .authors)
            try c.encode(incident.summary, forKey: .summary)
            try c.encode(incident.sections.map(\.title), forKey: .sections)
            try c.encode(incident.tables, forKey: .tables)
            try c.encode(incident.timeline.map(TimelineEntryJSON.init), forKey: .timeline)
            let analysis = incident.timelineAnalysis
            try c.encode(analysis.moments.impactStart?.iso8601, forKey: .start)
            try c.encode(analysis.moments.resolved?.iso8601, forKey: .end)
            try c.encode(analysis.durationMinutes, forKey: .durationMinutes)
            try c.encode(MetricsJSON(metrics: analysis.metrics), forKey: .metrics)
            try c.encode(incident.diagnostics.map(DiagnosticEntry.init), forKey: .diagnostics)
            try c.encode(incident.reference.uuid, forKey: .uuid)
            try c.encode(incident.reference.url, forKey: .originalURL)
            try c.encode(incident.reference.company, forKey: .company)
            try c.encode(incident.reference.product, forKey: .product)
            try c.encode(incident.reference.categories, forKey: .categories)
            try c.encode(incident.reference.keywords, forKey: .keywords)
        }
    }

    private struct TimelineEntryJSON: Encodable {
        let entry: TimelineEntry

        private enum Keys: String, CodingKey {
            case text, time, phase
            case rawTime = "raw_time"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(entry.rawTime, forKey: .rawTime)
            try c.encode(entry.text, forKey: .text)
            try c.encode(entry.time?.iso8601, forKey: .time)
            try c.encode(entry.phase.rawValue, forKey: .phase)
        }
    }

    private struct MetricsJSON: Encodable {
        let metrics: IncidentMetrics

        private enum Keys: String, CodingKey {
            case timeToDetect = "time_to_detect_minutes"
            case timeToAcknowledge = "time_to_acknowledge_minutes"
            case timeToMitigate = "time_to_mitigate_minutes"
            case timeToResolve = "time_to_resolve_minutes"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(metrics.timeToDetect, forKey: .timeToDetect)
            try c.encode(metrics.timeToAcknowledge, forKey: .timeToAcknowledge)
            try c.encode(metrics.timeToMitigate, forKey: .timeToMitigate)
            try c.encode(metrics.timeToResolve, forKey: .timeToResolve)
        }
    }

    private struct DiagnosticEntry: Encodable {
        let diagnostic: Diagnostic

        private enum Keys: String, CodingKey { case line, column, severity, rule, message }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(diagnostic.line, forKey: .line)
            try c.encodeIfPresent(diagnostic.column, forKey: .column)
            try c.encode(diagnostic.severity, forKey: .severity)
            try c.encode(diagnostic.rule, forKey: .rule)
            try c.encode(diagnostic.message, forKey: .message)
        }
    }
}
