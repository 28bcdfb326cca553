import Foundation
import HindsightCore
import HindsightRender

/// Encodes `Codable` values compactly for the `BuildSpill`: values in the order `encode(to:)`
/// visits them, without keys, in `BinarySink`'s numbers and strings. `BinaryDecoder` reads
/// them back by visiting the same types in the same order, so the bytes are only ever read
/// by the process that wrote them. Whole incidents are written and read once each, every
/// field, so `Codable` suits them (JSON instead made a cold build of 300 documents 4.05 G
/// instructions against 3.05 G); the cache's own files use `FieldCoder`.
///
/// Optionals carry a presence byte, which is why every `encodeIfPresent` is overridden: the
/// default implementations skip nil, and a positional reader could not tell.
package struct BinaryEncoder {
    package static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let sink = BinarySink()
        try value.encode(to: BinaryEncoding(sink: sink))
        return sink.bytes
    }
}

private struct BinaryEncoding: Encoder {
    let sink: BinarySink
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedBinaryEncoding(sink: sink))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { UnkeyedBinaryEncoding(sink: sink) }
    func singleValueContainer() -> any SingleValueEncodingContainer { ValueBinaryEncoding(sink: sink) }
}

/// Writes one value of any supported kind; the three container kinds all end up here.
private protocol BinaryValueWriter {
    var sink: BinarySink { get }
}

extension BinaryValueWriter {
    func write(_ value: Bool) { sink.flag(value) }
    func write(_ value: String) { sink.string(value) }
    func write(_ value: Double) { sink.number(value.bitPattern) }
    func write(_ value: Float) { sink.number(UInt64(value.bitPattern)) }
    func write<T: BinaryInteger>(integer value: T) {
        if T.isSigned { sink.signed(Int64(value)) } else { sink.number(UInt64(value)) }
    }
    func write<T: Encodable>(_ value: T) throws {
        switch value {
        case let text as String: write(text)
        case let number as Int: write(integer: number)
        case let flag as Bool: write(flag)
        default: try value.encode(to: BinaryEncoding(sink: sink))
        }
    }
    func writePresence<T>(_ value: T?) -> T? {
        sink.flag(value != nil)
        return value
    }
}

private struct KeyedBinaryEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol, BinaryValueWriter {
    let sink: BinarySink
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) { sink.bytes.append(0) }
    mutating func encode(_ value: Bool, forKey key: Key) { write(value) }
    mutating func encode(_ value: String, forKey key: Key) { write(value) }
    mutating func encode(_ value: Double, forKey key: Key) { write(value) }
    mutating func encode(_ value: Float, forKey key: Key) { write(value) }
    mutating func encode(_ value: Int, forKey key: Key) { write(integer: value) }
    mutating func encode(_ value: Int8, forKey key: Key) { write(integer: value) }
    mutating func encode(_ value: Int16, forKey key: Key) { write(integer: value) }
    mutating func encode(_ value: Int32, forKey key: Key) { write(integer: value) }
    mutating func encode(_ value: Int64, forKey key: Key) { write(integer: value) }
    mutating func encode(_ value: UInt, forKey key: Key) { write(integer: value) }
    mutating func encode(_ value: UInt8, forKey key: Key) { write(integer: value) }
    mutating func encode(_ value: UInt16, forKey key: Key) { write(integer: value) }
    mutating func encode(_ value: UInt32, forKey key: Key) { write(integer: value) }
    mutating func encode(_ value: UInt64, forKey key: Key) { write(integer: value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try write(value) }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) { writePresence(value).map { write($0) } }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) { writePresence(value).map { write($0) } }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) { writePresence(value).map { write($0) } }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) { writePresence(value).map { write($0) } }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) { writePresence(value).map { write(integer: $0) } }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) { writePresence(value).map { write(integer: $0) } }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) { writePresence(value).map { write(integer: $0) } }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) { writePresence(value).map { write(integer: $0) } }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) { writePresence(value).map { write(integer: $0) } }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) { writePresence(value).map { write(integer: $0) } }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) { writePresence(value).map { write(integer: $0) } }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) { writePresence(value).map { write(integer: $0) } }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) { writePresence(value).map { write(integer: $0) } }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) { writePresence(value).map { write(integer: $0) } }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value = writePresence(value) { try write(value) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(KeyedBinaryEncoding<NestedKey>(sink: sink))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { UnkeyedBinaryEncoding(sink: sink) }
    mutating func superEncoder() -> any Encoder { BinaryEncoding(sink: sink) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { BinaryEncoding(sink: sink) }
}

/// A sequence: its count is written first, as a fixed-width slot patched on every element,
/// because `Codable` does not say how many elements will follow.
private struct UnkeyedBinaryEncoding: UnkeyedEncodingContainer, BinaryValueWriter {
    let sink: BinarySink
    private let countSlot: Int
    private(set) var count = 0
    var codingPath: [any CodingKey] { [] }

    init(sink: BinarySink) {
        self.sink = sink
        countSlot = sink.bytes.count
        sink.bytes.append(contentsOf: [0, 0, 0, 0])
    }

    private mutating func counted() {
        count += 1
        withUnsafeBytes(of: UInt32(count).littleEndian) { sink.bytes.replaceSubrange(countSlot..<countSlot + 4, with: $0) }
    }

    mutating func encodeNil() { counted(); sink.bytes.append(0) }
    mutating func encode(_ value: Bool) { counted(); write(value) }
    mutating func encode(_ value: String) { counted(); write(value) }
    mutating func encode(_ value: Double) { counted(); write(value) }
    mutating func encode(_ value: Float) { counted(); write(value) }
    mutating func encode(_ value: Int) { counted(); write(integer: value) }
    mutating func encode(_ value: Int8) { counted(); write(integer: value) }
    mutating func encode(_ value: Int16) { counted(); write(integer: value) }
    mutating func encode(_ value: Int32) { counted(); write(integer: value) }
    mutating func encode(_ value: Int64) { counted(); write(integer: value) }
    mutating func encode(_ value: UInt) { counted(); write(integer: value) }
    mutating func encode(_ value: UInt8) { counted(); write(integer: value) }
    mutating func encode(_ value: UInt16) { counted(); write(integer: value) }
    mutating func encode(_ value: UInt32) { counted(); write(integer: value) }
    mutating func encode(_ value: UInt64) { counted(); write(integer: value) }
    mutating func encode<T: Encodable>(_ value: T) throws { counted(); try write(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        counted()
        return KeyedEncodingContainer(KeyedBinaryEncoding<NestedKey>(sink: sink))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        counted()
        return UnkeyedBinaryEncoding(sink: sink)
    }
    mutating func superEncoder() -> any Encoder { BinaryEncoding(sink: sink) }
}

private struct ValueBinaryEncoding: SingleValueEncodingContainer, BinaryValueWriter {
    let sink: BinarySink
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() { sink.bytes.append(0) }
    mutating func encode(_ value: Bool) { write(value) }
    mutating func encode(_ value: String) { write(value) }
    mutating func encode(_ value: Double) { write(value) }
    mutating func encode(_ value: Float) { write(value) }
    mutating func encode(_ value: Int) { write(integer: value) }
    mutating func encode(_ value: Int8) { write(integer: value) }
    mutating func encode(_ value: Int16) { write(integer: value) }
    mutating func encode(_ value: Int32) { write(integer: value) }
    mutating func encode(_ value: Int64) { write(integer: value) }
    mutating func encode(_ value: UInt) { write(integer: value) }
    mutating func encode(_ value: UInt8) { write(integer: value) }
    mutating func encode(_ value: UInt16) { write(integer: value) }
    mutating func encode(_ value: UInt32) { write(integer: value) }
    mutating func encode(_ value: UInt64) { write(integer: value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try write(value) }
}
