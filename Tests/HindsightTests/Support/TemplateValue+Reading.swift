import HindsightTemplates

/// Reading contexts back in tests, where rendering switches over the cases.
extension TemplateValue {
    var object: [String: TemplateValue]? { if case .object(let values) = self { values } else { nil } }
    var list: [TemplateValue]? { if case .list(let items) = self { items } else { nil } }
    var string: String? { if case .string(let text) = self { text } else { nil } }
}
