/// A piece of the postmortem a reader expects and the extraction did not find.
struct MissingFieldRule: LintRule {
    let id: String
    let message: String
    let isMissing: @Sendable (LintedDocument) -> Bool

    func findings(in document: LintedDocument) -> [Finding] {
        isMissing(document) ? [Finding(line: document.firstLine, message: message)] : []
    }

    static let all: [MissingFieldRule] = [
        MissingFieldRule(id: "no-title", message: "no title: add `title:` to the front matter or a heading") {
            // The title was made up from the summary or the file's name.
            [.fileName, .summary].contains($0.incident.evidence[.title]?.provenance.source)
        },
        MissingFieldRule(id: "no-date", message: "no date: add `date: YYYY-MM-DD` to the front matter") {
            $0.incident.date == nil
        },
        MissingFieldRule(id: "no-author", message: "no author: add `author:` to the front matter") {
            $0.incident.authors.isEmpty
        },
        MissingFieldRule(id: "no-summary", message: "no summary: add `summary:` to the front matter or a Summary section") {
            $0.incident.summary.isEmpty
        },
        MissingFieldRule(id: "no-timeline", message: "no timeline: add a Timeline section with one time per entry") {
            $0.incident.timeline.isEmpty
        },
    ]
}
