/// A template's prompt left in the document (see `Placeholders`): an unedited
/// `hindsight new` scaffold otherwise passes every other rule, and its `00:00` rows would
/// be measured as an incident of no length.
struct PlaceholderRule: LintRule {
    let id = "placeholder-left"

    func findings(in document: LintedDocument) -> [Finding] {
        let placeholders = Placeholders(in: document.context)
        return placeholders.all.map { placeholder in
            if let entry = document.incident.timeline.first(where: { $0.line == placeholder.line }), placeholders.isPlaceholderTime(entry) {
                return Finding(line: placeholder.line,
                               message: "placeholder row left from the template: \(entry.rawTime) “\(placeholder.text)”; write the event and its time (it is not measured until then)")
            }
            return Finding(line: placeholder.line, message: "placeholder left from the template: “\(placeholder.text)”; replace it with this incident's own words")
        }
    }
}
