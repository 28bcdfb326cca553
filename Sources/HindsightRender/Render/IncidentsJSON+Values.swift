import HindsightCore

// The values inside an `incidents.json` entry, as their `Encodable` conformances (or the
// entry's own encoding of them) wrote them: keys in sorted order, and `null` for an absent
// value except in `Author` and `Diagnostic.column`, whose absent members were left out.

extension Author: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("email", ifPresent: email)
            json.member("name", name)
            json.member("url", ifPresent: url)
        }
    }
}

/// Without `line`, which is not exported.
extension DataTable: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("header", header)
            json.member("rows", rows)
        }
    }
}

/// Without `line`: the raw time, the text, and what the analysis made of them (`read_as`
/// the clock as read when AM and PM were swapped, else `null`).
extension TimelineEntry: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("phase", phase.rawValue)
            json.member("raw_time", rawTime)
            json.member("read_as", readAs)
            json.member("text", text)
            json.member("time", time?.iso8601)
        }
    }
}

/// Without `line`; `kind`, `owner`, `link` and `due` are `null` when the document does not say.
extension FollowUp: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("due", due?.description)
            json.member("kind", kind?.rawValue)
            json.member("link", link)
            json.member("owner", owner)
            json.member("status", status.rawValue)
            json.member("text", text)
        }
    }
}

extension IncidentMetrics: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("time_to_acknowledge_minutes", timeToAcknowledge)
            json.member("time_to_detect_minutes", timeToDetect)
            json.member("time_to_mitigate_minutes", timeToMitigate)
            json.member("time_to_resolve_minutes", timeToResolve)
        }
    }
}

/// One member per extracted field, every field listed: where its value came from, or `null`
/// when it has none. The runners-up stay out: `hindsight explain` shows them.
extension ExtractionEvidence: JSONWritable {
    /// The fields by name, as sorted keys want them.
    private static let fieldsByName = ExtractedField.allCases.sorted { $0.rawValue.utf8.lexicographicallyPrecedes($1.rawValue.utf8) }

    func write(to json: inout JSONWriter) {
        json.object { json in
            for field in Self.fieldsByName {
                json.member(field.rawValue, self[field]?.provenance)
            }
        }
    }
}

/// `line` is `null` when the value comes from no one line.
extension Provenance: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("detail", detail)
            json.member("line", line)
            json.member("source", source.rawValue)
        }
    }
}

/// `url` relative to the site root, as the entry's own.
extension RelatedIncident: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("title", title)
            json.member("url", url)
            json.member("why", why)
        }
    }
}

/// Without `file`: the entry says which document it is.
extension Diagnostic: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("column", ifPresent: column)
            json.member("line", line)
            json.member("message", message)
            json.member("rule", rule)
            json.member("severity", severity.rawValue)
        }
    }
}
