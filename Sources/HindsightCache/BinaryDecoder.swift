import Foundation
import HindsightRender

/// Reads what `BinaryEncoder` wrote, by visiting the same types in the same order. Any
/// malformed input throws rather than traps.
package struct BinaryDecoder {
    package static func decode<T: Decodable>(_ type: T.Type, from bytes: ArraySlice<UInt8>) throws -> T {
        try bytes.withUnsafeBufferPointer { buffer in
            let source = BinarySource(buffer)
            let value = try T(from: BinaryDecoding(source: source))
            guard source.isAtEnd else { throw BinarySource.malformed }
            return value
        }
    }
}

private struct BinaryDecoding: Decoder {
    let source: BinarySource
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(KeyedBinaryDecoding(source: source))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try UnkeyedBinaryDecoding(source: source) }
    func singleValueContainer() -> any SingleValueDecodingContainer { ValueBinaryDecoding(source: source) }
}

/// Reads one value of any supported kind; the three container kinds all end up here.
private protocol BinaryValueReader {
    var source: BinarySource { get }
}

extension BinaryValueReader {
    func read(_ type: Bool.Type) throws -> Bool { try source.flag() }
    func read(_ type: String.Type) throws -> String { try source.string() }
    func read(_ type: Double.Type) throws -> Double { Double(bitPattern: try source.number()) }
    func read(_ type: Float.Type) throws -> Float {
        guard let bits = UInt32(exactly: try source.number()) else { throw BinarySource.malformed }
        return Float(bitPattern: bits)
    }
    func read<T: BinaryInteger>(integer type: T.Type) throws -> T {
        let value: T? = T.isSigned ? T(exactly: try source.signed()) : T(exactly: try source.number())
        guard let value else { throw BinarySource.malformed }
        return value
    }
    func read<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return try source.string() as! T }
        if T.self == Int.self { return try read(integer: Int.self) as! T }
        if T.self == Bool.self { return try read(Bool.self) as! T }
        return try T(from: BinaryDecoding(source: source))
    }
    /// The presence byte of an optional: true when a value follows.
    func readPresence() throws -> Bool { try read(Bool.self) }
}

private struct KeyedBinaryDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol, BinaryValueReader {
    let source: BinarySource
    var codingPath: [any CodingKey] { [] }
    /// Positional: the reader cannot list keys, and every key it asks for is there.
    var allKeys: [Key] { [] }
    func contains(_ key: Key) -> Bool { true }

    func decodeNil(forKey key: Key) throws -> Bool { try !readPresence() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try read(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try read(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try read(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try read(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try read(integer: type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try read(integer: type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try read(integer: type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try read(integer: type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try read(integer: type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try read(integer: type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try read(integer: type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try read(integer: type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try read(integer: type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try read(integer: type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try read(type) }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try readPresence() ? read(type) : nil }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try readPresence() ? read(type) : nil }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try readPresence() ? read(type) : nil }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try readPresence() ? read(type) : nil }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try readPresence() ? read(integer: type) : nil }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try readPresence() ? read(integer: type) : nil }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try readPresence() ? read(integer: type) : nil }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try readPresence() ? read(integer: type) : nil }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try readPresence() ? read(integer: type) : nil }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try readPresence() ? read(integer: type) : nil }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try readPresence() ? read(integer: type) : nil }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try readPresence() ? read(integer: type) : nil }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try readPresence() ? read(integer: type) : nil }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try readPresence() ? read(integer: type) : nil }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try readPresence() ? read(type) : nil }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(KeyedBinaryDecoding<NestedKey>(source: source))
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try UnkeyedBinaryDecoding(source: source) }
    func superDecoder() -> any Decoder { BinaryDecoding(source: source) }
    func superDecoder(forKey key: Key) -> any Decoder { BinaryDecoding(source: source) }
}

private struct UnkeyedBinaryDecoding: UnkeyedDecodingContainer, BinaryValueReader {
    let source: BinarySource
    let count: Int?
    private(set) var currentIndex = 0
    var codingPath: [any CodingKey] { [] }
    var isAtEnd: Bool { currentIndex >= count ?? 0 }

    init(source: BinarySource) throws {
        self.source = source
        count = try source.fixedCount()
    }

    private mutating func next() throws {
        guard !isAtEnd else { throw BinarySource.malformed }
        currentIndex += 1
    }

    mutating func decodeNil() throws -> Bool {
        // Only optionals ask, and they are written with a presence byte only in keyed
        // containers; an array of optionals is not part of the cached model.
        throw BinarySource.malformed
    }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try next(); return try read(type) }
    mutating func decode(_ type: String.Type) throws -> String { try next(); return try read(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try next(); return try read(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try next(); return try read(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next(); return try read(integer: type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next(); return try read(integer: type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next(); return try read(integer: type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next(); return try read(integer: type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next(); return try read(integer: type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next(); return try read(integer: type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next(); return try read(integer: type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next(); return try read(integer: type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next(); return try read(integer: type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next(); return try read(integer: type) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(); return try read(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next()
        return KeyedDecodingContainer(KeyedBinaryDecoding<NestedKey>(source: source))
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next()
        return try UnkeyedBinaryDecoding(source: source)
    }
    mutating func superDecoder() -> any Decoder { BinaryDecoding(source: source) }
}

private struct ValueBinaryDecoding: SingleValueDecodingContainer, BinaryValueReader {
    let source: BinarySource
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { false }
    func decode(_ type: Bool.Type) throws -> Bool { try read(type) }
    func decode(_ type: String.Type) throws -> String { try read(type) }
    func decode(_ type: Double.Type) throws -> Double { try read(type) }
    func decode(_ type: Float.Type) throws -> Float { try read(type) }
    func decode(_ type: Int.Type) throws -> Int { try read(integer: type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try read(integer: type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try read(integer: type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try read(integer: type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try read(integer: type) }
    func decode(_ type: UInt.Type) throws -> UInt { try read(integer: type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try read(integer: type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try read(integer: type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try read(integer: type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try read(integer: type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try read(type) }
}
