/// A heading more than one level below the one before it (an H2 followed by an H4): the
/// outline, and screen readers, lose a level.
struct HeadingLevelRule: LintRule {
    let id = "headings-skip-level"

    func findings(in document: LintedDocument) -> [Finding] {
        zip(document.incident.sections, document.incident.sections.dropFirst()).compactMap { previous, heading in
            guard heading.level > previous.level + 1 else { return nil }
            return Finding(line: heading.line,
                           message: "heading “\(heading.title)” is level \(heading.level) after a level \(previous.level)")
        }
    }
}
