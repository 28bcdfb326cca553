/// A value a template reads: the whole of what a context can hold, typed, so that rendering
/// switches over cases where a dictionary of `Any` would cast and reflect.
public enum TemplateValue: Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])
    /// An object that makes its values when asked, for values too costly to make up front.
    /// Indirect, so that its 40-byte existential does not make every value that size: values
    /// are copied at each lookup, and small ones copy faster (a quarter fewer instructions).
    indirect case keyed(any TemplateKeyed)

    /// The value of `key` when this is an object; nothing for any other value.
    func child(_ key: String) -> TemplateValue? {
        switch self {
        case .object(let values): values[key]
        case .keyed(let object): object.value(forKey: key)
        default: nil
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .int(value) }
}

extension TemplateValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// A later duplicate key wins, as in an assignment.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements) { _, later in later })
    }
}
