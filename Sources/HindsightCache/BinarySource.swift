/// The bytes still to read, as `BinarySink` wrote them. Any malformed input (truncated,
/// garbage, another format) throws rather than traps, so that a damaged cache is only ever
/// a miss.
final class BinarySource {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0

    static let malformed = DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "malformed cache"))

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }
    var remaining: Int { bytes.count - offset }
    var position: Int { offset }

    func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw Self.malformed }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// What `BinarySink.flag` wrote; any other byte is malformed.
    func flag() throws -> Bool {
        switch try byte() {
        case 0: false
        case 1: true
        default: throw Self.malformed
        }
    }

    func number() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try byte()
            guard shift < 64 else { throw Self.malformed }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    func signed() throws -> Int64 {
        let zigzag = try number()
        return Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1)))
    }

    func string() throws -> String {
        let count = try number()
        guard count <= UInt64(bytes.count - offset) else { throw Self.malformed }
        let start = offset
        offset += Int(count)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
    }

    /// Where a length-prefixed run of bytes lies, skipped over rather than copied.
    func chunk() throws -> Range<Int> {
        let count = try number()
        guard count <= UInt64(bytes.count - offset) else { throw Self.malformed }
        let start = offset
        offset += Int(count)
        return start..<offset
    }

    /// The size of the length-prefixed run of bytes that starts here, prefix included,
    /// when the run itself lies beyond these bytes.
    func chunkSize() throws -> Int {
        let start = offset
        let count = try number()
        guard count <= UInt64(Int32.max) else { throw Self.malformed }
        return offset - start + Int(count)
    }

    func fixedCount() throws -> Int {
        var count = 0
        for shift in [0, 8, 16, 24] { count |= Int(try byte()) << shift }
        guard count <= bytes.count - offset else { throw Self.malformed }
        return count
    }
}
