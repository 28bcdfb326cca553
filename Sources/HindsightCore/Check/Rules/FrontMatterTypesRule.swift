/// A known front-matter key whose value has the wrong shape (a list where one title is
/// expected) or a date that does not read as one: the value is ignored.
struct FrontMatterTypesRule: LintRule {
    let id = "front-matter-wrong-type"

    func findings(in document: LintedDocument) -> [Finding] {
        guard let frontMatter = document.parsed.frontMatter else { return [] }
        return frontMatter.fields.sorted { ($0.value.line, $0.key) < ($1.value.line, $1.key) }.compactMap { key, field in
            guard let shape = FrontMatterKeys.shapes[key.lowercased()], let problem = problem(field.value, shape) else { return nil }
            return Finding(line: field.line, message: "`\(key)` \(problem)")
        }
    }

    private func problem(_ value: FrontMatterValue, _ shape: FrontMatterKeys.Shape) -> String? {
        switch (shape, value) {
        case (.any, _), (.scalar, .scalar), (.scalarOrList, .scalar), (.people, .scalar), (.people, .table):
            return nil
        case (.date, .scalar(let text)):
            return text.trimmed.isEmpty || DayGrammar.firstDate(in: text) != nil ? nil : "is not a date Hindsight reads (YYYY-MM-DD between 1970 and 2100): “\(text)”"
        case (.moment, .scalar(let text)):
            return text.trimmed.isEmpty || ExplicitMoments.reads(text) ? nil : "is not a time Hindsight reads (`2024-04-20 14:09 UTC`, `14:09`): “\(text)”"
        case (.minutes, .scalar(let text)):
            return DeclaredDuration.minutes(text) != nil ? nil : "must be a whole number of minutes: “\(text)”"
        case (.scalarOrList, .list(let items)):
            return items.allSatisfy { $0.text != nil } ? nil : "must be a list of plain values"
        case (.people, .list(let items)):
            return items.allSatisfy { if case .list = $0 { false } else { true } } ? nil : "must be names or tables of name, email, url"
        case (.scalar, _), (.date, _), (.moment, _), (.minutes, _):
            return "must be a single value, not a \(value.shapeName)"
        case (.scalarOrList, .table), (.people, _):
            return "must be a value or a list, not a \(value.shapeName)"
        }
    }
}

private extension FrontMatterValue {
    var shapeName: String {
        switch self {
        case .scalar: "value"
        case .list: "list"
        case .table: "table"
        }
    }
}
