/// A 64-bit hash that is the same in every process and on every run (Swift's `Hasher` is
/// seeded per process, so it cannot key anything stored on disk). Not cryptographic: it
/// detects edits, not attacks, and the cache never trusts it for anything but "unchanged".
///
/// Bytes are read eight at a time into four independent lanes, so the multiplications do
/// not wait on each other: about 60 MB of documents hash in tens of milliseconds.
package struct StableHasher {
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F,
                                                             0x1656_67B1_9E37_79F9, 0x85EB_CA77_C2B2_AE63)
    private var length: UInt64 = 0

    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    package init() {}

    package mutating func combine(bytes: UnsafeRawBufferPointer) {
        var offset = 0
        let count = bytes.count
        while offset + 32 <= count {
            lanes.0 = Self.mix(lanes.0, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            lanes.1 = Self.mix(lanes.1, bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
            lanes.2 = Self.mix(lanes.2, bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
            lanes.3 = Self.mix(lanes.3, bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
            offset += 32
        }
        while offset < count {
            lanes.0 = Self.mix(lanes.0, UInt64(bytes[offset]))
            offset += 1
        }
        // The length separates "ab" + "c" from "a" + "bc" when several values are combined.
        length &+= UInt64(count)
        lanes.1 = Self.mix(lanes.1, UInt64(count))
    }

    package mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    package mutating func combine(_ number: Int) {
        withUnsafeBytes(of: Int64(number).littleEndian) { combine(bytes: $0) }
    }

    package mutating func combine(_ flag: Bool) { combine(flag ? 1 : 0) }

    package mutating func combine(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { combine(bytes: $0) }
    }

    package var value: UInt64 {
        var result = length
        result = Self.mix(result, lanes.0)
        result = Self.mix(result, lanes.1)
        result = Self.mix(result, lanes.2)
        result = Self.mix(result, lanes.3)
        return result ^ (result >> 29)
    }

    private static func mix(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        let multiplied = (lane ^ word) &* prime
        return (multiplied << 31 | multiplied >> 33) &* 0x9FB2_1C65_1E98_DF25
    }

    /// The hash of one string, for keys made of a single value.
    package static func hash(_ text: String) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(text)
        return hasher.value
    }

    /// The hash of UTF-8 `bytes`: the same as `hash(_:)` of the string they encode.
    package static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hasher = StableHasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.value
    }
}
