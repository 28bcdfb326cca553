import HindsightCore

/// Says in words where a value came from, for a reader of the incident page: “measured on
/// the timeline from “10:05 Users see errors” to “10:55 Service restored””, “stated in the
/// text (line 12)”, “set in front matter (line 3): key “duration_minutes””.
enum ProvenanceSentence {
    static func words(_ provenance: Provenance) -> String {
        let detail = provenance.detail
        let line = provenance.line.map { " (line \($0))" } ?? ""
        // A length measured between two moments says between which.
        let isMeasured = detail.hasPrefix("from ")
        switch provenance.source {
        case .timeline where isMeasured: return "measured on the timeline \(detail)"
        case .frontMatter where isMeasured: return "measured \(detail)"
        case .stated: return "stated in the text\(line)"
        case .frontMatter:
            let frontMatter = "front matter "
            return "set in front matter\(line): " + (detail.hasPrefix(frontMatter) ? String(detail.dropFirst(frontMatter.count)) : detail)
        default: return "\(place(provenance.source))\(line): \(detail)"
        }
    }

    private static func place(_ source: Provenance.Source) -> String {
        switch source {
        case .heading: "read from a heading"
        case .firstLine: "read from the first line"
        case .label: "read from a labelled line"
        case .section: "read from a section"
        case .table: "read from a table"
        case .text, .stated: "read from the text"
        case .summary: "read from the summary"
        case .timeline: "read from the timeline"
        case .fileName: "taken from the file name"
        case .frontMatter: "set in front matter"
        }
    }
}
