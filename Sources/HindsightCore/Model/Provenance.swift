/// Where an extracted value came from: one word of a small fixed vocabulary (documented in
/// the README under "Where values come from"), the line of the source file it stands on, and
/// in a few words what exactly (`front matter key “date”`, `“Incident Date:” line`,
/// `from “10:05 Users see errors” to “10:55 Service restored”`).
public struct Provenance: Sendable, Hashable, Codable {
    public enum Source: String, Sendable, Hashable, Codable, CaseIterable {
        /// A front-matter key: the author said so, and it wins over everything read.
        case frontMatter = "front-matter"
        /// A heading of the document.
        case heading
        /// A line at the top that is not a heading (a bold or plain first line).
        case firstLine = "first-line"
        /// A labelled line: `Date: …`, `Authors: …`, `Incident Date: …`.
        case label
        /// A section named for the field: `## Authors`, `## Summary`, `## Timeline`.
        case section
        /// A table: the timeline's rows, a metadata table's row.
        case table
        /// The prose: the first date of the text, a sign-off, the first paragraph.
        case text
        /// The summary's first sentence.
        case summary
        /// Measured on the timeline's entries.
        case timeline
        /// Stated in the prose: `from 14:00 to 15:30`, `lasted 3 hours`, `Start Time: …`.
        case stated
        /// The file's name.
        case fileName = "file-name"
    }

    public var source: Source
    /// The line in the source file; nil when the value comes from no one line.
    public var line: Int?
    public var detail: String

    public init(_ source: Source, line: Int? = nil, detail: String) {
        self.source = source
        self.line = line
        self.detail = detail
    }
}
