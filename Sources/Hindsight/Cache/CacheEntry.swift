/// One document's chunk of the `analyses` file: its analysis (`BinaryEncoder`), then its
/// listing fragments written by hand: a presence byte, the slug as a string, and its two
/// rows, `incidents.json` entry and search document as runs of raw UTF-8, which a build
/// reading the cache leaves in the file (`StoredText`) rather than in memory.
enum CacheEntry {
    static func encode(_ analysis: CachedAnalysis) throws -> [UInt8] {
        let sink = BinarySink()
        sink.chunk(try BinaryEncoder.encode(analysis))
        guard let listing = analysis.listing else {
            sink.bytes.append(0)
            return sink.bytes
        }
        sink.bytes.append(1)
        sink.string(listing.slug)
        for piece in [listing.indexRow, listing.termRow, listing.exportEntry, listing.searchDocument] {
            guard piece.withUTF8(sink.chunk) != nil else { throw BinarySource.malformed }
        }
        return sink.bytes
    }

    /// - Parameter offset: where `bytes` starts in `file`.
    static func decode(_ bytes: ArraySlice<UInt8>, at offset: Int, in file: ReadOnlyFile) throws -> CachedAnalysis {
        try bytes.withUnsafeBufferPointer { buffer in
            let source = BinarySource(buffer)
            let head = try source.chunk()
            var analysis = try BinaryDecoder.decode(CachedAnalysis.self, from: bytes.dropFirst(head.lowerBound).prefix(head.count))
            if try source.byte() == 1 {
                let slug = try source.string()
                func stored() throws -> TextPiece {
                    let run = try source.chunk()
                    return .stored(StoredText(file: file, range: (offset + run.lowerBound)..<(offset + run.upperBound)))
                }
                analysis.listing = ListingFragments(slug: slug, indexRow: try stored(), termRow: try stored(),
                                                    exportEntry: try stored(), searchDocument: try stored())
            }
            guard source.isAtEnd else { throw BinarySource.malformed }
            return analysis
        }
    }
}
