import HindsightCore

/// `incidents.json`: the machine-readable export of the archive, documented in the README.
/// Keys are sorted and absent values are `null`, so two builds give the same bytes: those
/// `JSONEncoder` gave when it wrote the file, which the tests still compare with.
package enum IncidentsJSON {
    static let version = 1

    /// One incident's entry as UTF-8, pretty-printed and indented for its place in the file.
    package static func entry(_ incident: Incident) -> [UInt8] {
        var json = JSONWriter(indentation: 4)
        json.object { json in
            let analysis = incident.timelineAnalysis
            json.member("authors", incident.authors)
            json.member("categories", incident.reference.categories)
            json.member("company", incident.reference.company)
            json.member("date", incident.date?.description)
            json.member("diagnostics", incident.diagnostics)
            json.member("duration_minutes", analysis.durationMinutes)
            json.member("end", analysis.moments.resolved?.iso8601)
            json.member("follow_ups", incident.followUps)
            json.member("keywords", incident.reference.keywords)
            json.member("metrics", analysis.metrics)
            json.member("original_url", incident.reference.url)
            json.member("product", incident.reference.product)
            json.member("provenance", incident.evidence)
            json.member("recurrence_of", incident.recurrenceOf)
            json.member("related", incident.related)
            json.member("sections", incident.sections.map(\.title))
            json.member("services", incident.services)
            json.member("severity", incident.severity)
            json.member("slug", incident.slug)
            json.member("source", incident.source)
            json.member("start", analysis.moments.impactStart?.iso8601)
            json.member("summary", incident.summary)
            json.member("tables", incident.tables)
            json.member("tags", incident.tags)
            json.member("timeline", incident.timeline)
            json.member("title", incident.title)
            json.member("url", incident.url)
            json.member("uuid", incident.reference.uuid)
        }
        return json.bytes
    }

    /// The whole file in pieces, each incident's `entry` between the punctuation: the bytes
    /// JSONEncoder gave for the archive encoded whole, without holding all of it at once,
    /// which for a large archive cost several times the file's size in memory. The entries
    /// are made one by one, and those of unchanged documents kept between builds.
    static func text(entries: [TextPiece]) -> PiecewiseText {
        PiecewiseText(head: "{\n  \"incidents\" : [\n", joining: entries, separator: ",\n",
                      tail: "\n  ],\n  \"version\" : \(version)\n}")
    }
}
