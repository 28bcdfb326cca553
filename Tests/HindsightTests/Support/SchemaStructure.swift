import Foundation

/// The structure a JSON Schema declares, to hold JSON against without a validator: objects'
/// declared and required members, types, `enum` and `const`, through `$ref`, `oneOf` and
/// `items`, and strings' `pattern`s (which tell a date from a date-time). The rest, formats
/// included, is `Scripts/validate-schema`'s to check, with check-jsonschema.
struct SchemaStructure {
    let root: [String: Any]

    init(contentsOf path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        root = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// The schema's own definition `name`, from `$defs`.
    func definition(_ name: String) -> [String: Any]? {
        (root["$defs"] as? [String: Any])?[name] as? [String: Any]
    }

    /// What in `value` the schema does not declare: a member it does not list, a required
    /// member missing, a value of another type or outside its `enum`; one line each, by path.
    func problems(in value: Any) -> [String] {
        problems(in: value, against: root, at: "$")
    }

    private func problems(in value: Any, against schema: [String: Any], at path: String) -> [String] {
        let schema = resolved(schema)
        if let branches = schema["oneOf"] as? [[String: Any]] {
            let outcomes = branches.map { problems(in: value, against: $0, at: path) }
            let matching = outcomes.filter(\.isEmpty).count
            if matching == 1 { return [] }
            return matching == 0 ? ["\(path): matches no branch of oneOf: " + outcomes.joined().joined(separator: "; ")]
                : ["\(path): matches \(matching) branches of oneOf"]
        }
        if let constant = schema["const"], !Self.same(value, constant) {
            return ["\(path): \(value) is not \(constant)"]
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.same(value, $0) }) {
            return ["\(path): \(value) is not one of \(options)"]
        }
        if let types = schema["type"].map(Self.names), !types.contains(where: { Self.value(value, isOfType: $0) }) {
            return ["\(path): \(Self.typeName(of: value)) where the schema has \(types)"]
        }
        if let pattern = schema["pattern"] as? String, let text = value as? String,
           text.range(of: pattern, options: .regularExpression) == nil {
            return ["\(path): \(text) does not match \(pattern)"]
        }
        if let object = value as? [String: Any] {
            return members(of: object, against: schema, at: path)
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            return array.enumerated().flatMap { index, item in problems(in: item, against: items, at: "\(path)[\(index)]") }
        }
        return []
    }

    private func members(of object: [String: Any], against schema: [String: Any], at path: String) -> [String] {
        let declared = schema["properties"] as? [String: [String: Any]] ?? [:]
        let required = schema["required"] as? [String] ?? []
        let undeclared = object.keys.filter { declared[$0] == nil }.sorted().map { "\(path).\($0): emitted but not declared" }
        let missing = required.filter { object[$0] == nil }.map { "\(path).\($0): required but not emitted" }
        let nested = object.keys.sorted().flatMap { key in
            declared[key].map { problems(in: object[key]!, against: $0, at: "\(path).\(key)") } ?? []
        }
        return undeclared + missing + nested
    }

    /// The schema a `$ref` points to, with the referring schema's other keywords (its
    /// `description`) beside it.
    private func resolved(_ schema: [String: Any]) -> [String: Any] {
        guard let reference = schema["$ref"] as? String, reference.hasPrefix("#/$defs/"),
              let target = definition(String(reference.dropFirst("#/$defs/".count)))
        else { return schema }
        var merged = resolved(target)
        for (key, value) in schema where key != "$ref" { merged[key] = value }
        return merged
    }

    private static func names(_ type: Any) -> [String] {
        (type as? [String]) ?? [type as? String].compactMap { $0 }
    }

    private static func value(_ value: Any, isOfType name: String) -> Bool {
        switch name {
        case "number": value is NSNumber && !(value is Bool)
        default: typeName(of: value) == name
        }
    }

    private static func typeName(of value: Any) -> String {
        switch value {
        case is NSNull: "null"
        case is String: "string"
        case is [String: Any]: "object"
        case is [Any]: "array"
        case is Int: "integer"
        case let number as NSNumber: number.doubleValue == number.doubleValue.rounded() ? "integer" : "number"
        default: "\(Swift.type(of: value))"
        }
    }

    private static func same(_ value: Any, _ other: Any) -> Bool {
        (value as? NSObject)?.isEqual(other) ?? false
    }
}
