/// The transforms of swift-mustache, which themes written for it use: `{{lowercased(name)}}`,
/// `{{^empty(list)}}`, `{{#equalzero(minusone(count(authors)))}}`. A transform a value does not
/// have gives nothing, as a missing key does.
enum TemplateTransform {
    static func apply(_ transform: String, to value: TemplateValue) -> TemplateValue? {
        switch value {
        case .string(let string): apply(transform, to: string)
        case .int(let number): apply(transform, to: number)
        case .list(let items): apply(transform, to: items)
        case .object(let values): apply(transform, to: values)
        case .double, .bool, .keyed: nil
        }
    }

    private static func apply(_ transform: String, to string: String) -> TemplateValue? {
        switch transform {
        case "empty": .bool(string.isEmpty)
        case "lowercased": .string(string.lowercased())
        case "uppercased": .string(string.uppercased())
        case "reversed": .string(String(string.reversed()))
        case "capitalized": .string(capitalized(string))
        default: nil
        }
    }

    private static func apply(_ transform: String, to number: Int) -> TemplateValue? {
        switch transform {
        case "equalzero": .bool(number == 0)
        case "plusone": .int(number + 1)
        case "minusone": .int(number - 1)
        case "even": .bool(number & 1 == 0)
        case "odd": .bool(number & 1 == 1)
        default: nil
        }
    }

    private static func apply(_ transform: String, to items: [TemplateValue]) -> TemplateValue? {
        switch transform {
        case "empty": .bool(items.isEmpty)
        case "count": .int(items.count)
        case "first": items.first
        case "last": items.last
        case "reversed": .list(items.reversed())
        case "sorted": sorted(items).map(TemplateValue.list)
        default: nil
        }
    }

    private static func apply(_ transform: String, to values: [String: TemplateValue]) -> TemplateValue? {
        switch transform {
        case "empty": .bool(values.isEmpty)
        case "count": .int(values.count)
        case "enumerated": .list(values.map { ["key": .string($0.key), "value": $0.value] })
        case "sorted": .list(values.sorted { $0.key < $1.key }.map { ["key": .string($0.key), "value": $0.value] })
        default: nil
        }
    }

    /// Lists of strings or of integers sort; other lists have no order.
    private static func sorted(_ items: [TemplateValue]) -> [TemplateValue]? {
        let strings = items.compactMap { if case .string(let string) = $0 { string } else { nil } }
        if strings.count == items.count { return strings.sorted().map(TemplateValue.string) }
        let numbers = items.compactMap { if case .int(let number) = $0 { number } else { nil } }
        if numbers.count == items.count { return numbers.sorted().map(TemplateValue.int) }
        return nil
    }

    /// Each word's first letter in upper case and the rest in lower case, as Foundation's
    /// `capitalized` does for the words of ordinary text.
    private static func capitalized(_ string: String) -> String {
        var result = ""
        var atWordStart = true
        for character in string {
            result += atWordStart ? character.uppercased() : character.lowercased()
            atWordStart = character.isWhitespace
        }
        return result
    }
}
