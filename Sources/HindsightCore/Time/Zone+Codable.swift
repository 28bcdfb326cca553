import Foundation

/// A zone is stored as its label's counterpart: seconds east of UTC for a fixed offset, the
/// IANA identifier for a region (a synthesized form would need the decoder to know keys).
extension Zone: Codable {
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let identifier = try container.decode(String.self)
        if let seconds = Int(identifier) {
            self = .fixed(seconds: seconds)
        } else if let zone = TimeZone(identifier: identifier) {
            self = .region(zone)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown time zone \(identifier)")
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .fixed(let seconds): try container.encode(String(seconds))
        case .region(let zone): try container.encode(zone.identifier)
        }
    }
}
