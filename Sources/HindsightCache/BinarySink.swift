/// Bytes being written for the cache: variable-length numbers (zigzag for signed ones),
/// length-prefixed UTF-8 strings and runs, one-byte flags. `BinarySource` reads them back;
/// the format is only ever read by the build that wrote it (each file's header carries the
/// cache format, and the inputs fingerprint the generator's version and executable).
final class BinarySink {
    var bytes: [UInt8] = []

    func number(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// One byte, 1 or 0: a boolean, or whether an optional value follows.
    func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Zigzag, so that small negative numbers stay short.
    func signed(_ value: Int64) { number(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    /// A length-prefixed run of bytes, as `BinarySource.chunk()` reads it.
    func chunk<Bytes: Collection<UInt8>>(_ run: Bytes) {
        number(UInt64(run.count))
        bytes.append(contentsOf: run)
    }

    func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            number(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }
}
