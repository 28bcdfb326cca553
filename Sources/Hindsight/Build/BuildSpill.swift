import Foundation
import HindsightCache
import HindsightCore
import HindsightRender

/// What a build sets aside on disk rather than hold for the whole build: each whole incident
/// (body included) between its analysis and its page, since pages can only be rendered once
/// every document is analysed (slugs and neighbours depend on all of them), and each new
/// incident's largest listing fragments until the listings are written. The file is
/// unlinked as soon as it is made: nothing is left behind, even by a killed build.
final class BuildSpill: @unchecked Sendable {
    private let descriptor: Int32
    /// The same file, for `StoredText` to read back.
    let reader: ReadOnlyFile
    private let lock = NSLock()
    private var end = 0

    /// Nil when no temporary file can be made; the build then keeps things in memory, or
    /// analyses documents again.
    init?(folder: String = NSTemporaryDirectory()) {
        var template = Array(Path.join(folder, "hindsight-spill-XXXXXX").utf8CString)
        descriptor = mkstemp(&template)
        guard descriptor >= 0 else { return nil }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(path) }
        guard let reader = ReadOnlyFile(path: path) else {
            close(descriptor)
            return nil
        }
        self.reader = reader
    }

    deinit { close(descriptor) }

    /// Writes the incident from any thread; where it lies, or nil when it could not be written.
    /// Its topic words are left out: they serve only to relate the archive, done from the
    /// listed incidents before any page (`WholeIncidents` puts them back).
    func store(_ incident: Incident) -> Range<Int>? {
        var incident = incident
        incident.relatedClues.words = []
        return (try? BinaryEncoder.encode(incident)).flatMap(store)
    }

    func load(_ location: Range<Int>) -> Incident? {
        reader.bytes(in: location).flatMap { try? BinaryDecoder.decode(Incident.self, from: $0[...]) }
    }

    /// The text as a piece read back when written out; in memory when it cannot be stored.
    func piece(_ bytes: [UInt8]) -> TextPiece {
        store(bytes).map { .stored(StoredText(file: reader, range: $0, hash: StableHasher.hash(bytes))) } ?? .bytes(bytes)
    }

    private func store(_ bytes: [UInt8]) -> Range<Int>? {
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
}
