import Foundation
@testable import HindsightCore
@testable import HindsightRender

/// `incidents.json` as `JSONEncoder` wrote it before `JSONWriter` replaced it: the reference
/// the writer's bytes must equal. An entry was encoded alone and then indented for its
/// place in the file.
struct EncoderIncidentsJSON: Encodable {
    let incidents: [Incident]

    private enum Keys: String, CodingKey { case version, incidents }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(IncidentsJSON.version, forKey: .version)
        try container.encode(incidents.map(Entry.init), forKey: .incidents)
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return encoder
    }

    static func entry(_ incident: Incident) throws -> String {
        indented(try encoder.encode(Entry(incident: incident)), by: 4)
    }

    /// Every line that has text, the first included, gains the indentation (JSONEncoder
    /// leaves the blank line of an empty array unindented). Safe on JSON because a newline
    /// inside a string is escaped.
    static func indented(_ json: Data, by spaces: Int) -> String {
        var bytes: [UInt8] = []
        var atLineStart = true
        for byte in json {
            if atLineStart, byte != UInt8(ascii: "\n") { bytes += repeatElement(UInt8(ascii: " "), count: spaces) }
            bytes.append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private struct Entry: Encodable {
        let incident: Incident

        private enum Keys: String, CodingKey {
            case source, slug, url, title, date, severity, services, tags, authors, summary, sections, tables
            case timeline, diagnostics, uuid, company, product, categories, keywords, start, end, metrics, provenance, related
            case recurrenceOf = "recurrence_of"
            case originalURL = "original_url"
            case durationMinutes = "duration_minutes"
            case followUps = "follow_ups"
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
            try c.encode(EvidenceJSON(evidence: incident.evidence), forKey: .provenance)
            try c.encode(incident.followUps.map(FollowUpJSON.init), forKey: .followUps)
            try c.encode(incident.related, forKey: .related)
            try c.encode(incident.recurrenceOf, forKey: .recurrenceOf)
        }
    }

    /// Every extracted field, `null` when it has no value.
    private struct EvidenceJSON: Encodable {
        let evidence: ExtractionEvidence

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: NamedCodingKey.self)
            for field in ExtractedField.allCases {
                try c.encode(evidence[field].map { ProvenanceJSON(provenance: $0.provenance) }, forKey: NamedCodingKey(stringValue: field.rawValue))
            }
        }
    }

    private struct ProvenanceJSON: Encodable {
        let provenance: Provenance

        private enum Keys: String, CodingKey { case source, line, detail }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(provenance.source.rawValue, forKey: .source)
            try c.encode(provenance.line, forKey: .line)
            try c.encode(provenance.detail, forKey: .detail)
        }
    }

    private struct FollowUpJSON: Encodable {
        let item: FollowUp

        private enum Keys: String, CodingKey { case text, owner, kind, status, link, due }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(item.text, forKey: .text)
            try c.encode(item.owner, forKey: .owner)
            try c.encode(item.kind?.rawValue, forKey: .kind)
            try c.encode(item.status.rawValue, forKey: .status)
            try c.encode(item.link, forKey: .link)
            try c.encode(item.due?.description, forKey: .due)
        }
    }

    private struct TimelineEntryJSON: Encodable {
        let entry: TimelineEntry

        private enum Keys: String, CodingKey {
            case text, time, phase
            case rawTime = "raw_time"
            case readAs = "read_as"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(entry.rawTime, forKey: .rawTime)
            try c.encode(entry.text, forKey: .text)
            try c.encode(entry.time?.iso8601, forKey: .time)
            try c.encode(entry.readAs, forKey: .readAs)
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
