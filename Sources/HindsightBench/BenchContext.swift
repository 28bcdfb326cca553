import Foundation
import HindsightTemplates

/// A page context saved as JSON (an incident page's, made by `PageContext.incident` from the
/// example site's `2025-04-22-orders-db-disk-full.md`), read back as template values.
enum BenchContext: Decodable {
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([BenchContext])
    case object([String: BenchContext])

    static func read(_ path: String) throws -> TemplateValue {
        try JSONDecoder().decode(BenchContext.self, from: Data(contentsOf: URL(fileURLWithPath: path))).value
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .int(value) }
        else if let value = try? container.decode(Double.self) { self = .double(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([BenchContext].self) { self = .array(value) }
        else { self = .object(try container.decode([String: BenchContext].self)) }
    }

    var value: TemplateValue {
        switch self {
        case .bool(let value): .bool(value)
        case .int(let value): .int(value)
        case .double(let value): .double(value)
        case .string(let value): .string(value)
        case .array(let values): .list(values.map(\.value))
        case .object(let values): .object(values.mapValues(\.value))
        }
    }
}
