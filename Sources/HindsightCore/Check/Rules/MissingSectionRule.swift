/// A section the archive expects (a root cause, action items, or one listed in
/// `required_sections`) that no heading or label of the document names.
struct MissingSectionRule: LintRule {
    let id: String
    let section: RequiredSection

    func findings(in document: LintedDocument) -> [Finding] {
        guard !document.sectionLabelWords.contains(where: section.isNamed(byWords:)) else { return [] }
        return [Finding(line: document.firstLine, message: "no “\(section.name)” section")]
    }
}
