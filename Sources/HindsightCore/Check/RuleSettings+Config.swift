/// Reads `rules:` and `required_sections:` from `hindsight.yml`.
extension RuleSettings {
    package struct Invalid: Error {
        package var line: Int
        package var message: String
    }

    package init(config: FrontMatter) throws(Invalid) {
        if let field = config.fields["rules"] {
            guard case .table(let table) = field.value else {
                throw Invalid(line: field.line, message: "`rules` must map rule ids to off, warning or error")
            }
            for (rule, value) in table.sorted(by: { $0.key < $1.key }) {
                guard RuleCatalog.isKnown(rule) else {
                    throw Invalid(line: field.line, message: "unknown rule “\(rule)” in `rules`")
                }
                guard let level = value.text.flatMap(Self.level) else {
                    throw Invalid(line: field.line, message: "rule “\(rule)” must be off, warning or error")
                }
                levels[rule] = level
            }
        }
        requiredSections = config.texts("required_sections")
    }

    /// YAML reads a bare `off` as a boolean, and some write `false`; both mean off.
    private static func level(_ text: String) -> RuleLevel? {
        switch text.lowercased() {
        case "false", "no": .off
        default: RuleLevel(rawValue: text.lowercased())
        }
    }
}
