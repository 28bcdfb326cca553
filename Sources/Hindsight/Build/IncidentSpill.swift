import Foundation

/// Whole incidents (body included) set aside on disk between their analysis and their page.
/// Pages can only be rendered once every document is analysed, since slugs and neighbours
/// depend on all of them, and holding every whole incident meanwhile was most of a cold
/// build's memory. The file is unlinked as soon as it is made: nothing is left behind, even
/// by a killed build.
final class IncidentSpill: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    private var end = 0

    /// Nil when no temporary file can be made; the build then keeps incidents in memory.
    init?() {
        var template = Array(Path.join(NSTemporaryDirectory(), "hindsight-spill-XXXXXX").utf8CString)
        descriptor = mkstemp(&template)
        guard descriptor >= 0 else { return nil }
        unlink(String(cString: template))
    }

    deinit { close(descriptor) }

    /// Writes the incident from any thread; where it lies, or nil when it could not be written.
    func store(_ incident: Incident) -> Range<Int>? {
        guard let bytes = try? BinaryEncoder.encode(incident) else { return nil }
        let start = lock.withLock {
            defer { end += bytes.count }
            return end
        }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes {
                pwrite(descriptor, $0.baseAddress! + written, $0.count - written, off_t(start + written))
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            written += count
        }
        return start..<(start + bytes.count)
    }

    func load(_ location: Range<Int>) -> Incident? {
        ReadOnlyFile.bytes(in: location, of: descriptor).flatMap { try? BinaryDecoder.decode(Incident.self, from: $0[...]) }
    }
}
