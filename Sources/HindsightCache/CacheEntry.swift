import HindsightRender

/// One document's chunk of the `analyses` file: its analysis (`CachedAnalysis.encoded()`, as a
/// length-prefixed run, so that an unchanged one is copied into the next file as it is),
/// then its listing fragments: a presence byte, the slug, and where its two rows,
/// `incidents.json` entry and search document lie in the `FragmentFile` with the hash of
/// each, which a build reading the cache leaves there (`StoredText`) rather than in memory.
enum CacheEntry {
    /// - Parameters:
    ///   - analysis: the analysis as `CachedAnalysis.encoded()` writes it.
    ///   - ranges: where the listing's pieces lie in the fragments file.
    static func encode(analysis: [UInt8], listing: ListingFragments?, at ranges: [Range<Int>]) -> [UInt8] {
        let sink = BinarySink()
        sink.chunk(analysis)
        guard let listing else {
            sink.bytes.append(0)
            return sink.bytes
        }
        sink.bytes.append(1)
        sink.string(listing.slug)
        sink.number(listing.relationsKey)
        for (range, piece) in zip(ranges, listing.pieces) {
            sink.number(UInt64(range.lowerBound))
            sink.number(UInt64(range.count))
            sink.number(piece.contentHash)
        }
        return sink.bytes
    }

    /// The analysis, with its fragments stored in `fragments` (valid up to `length`), and
    /// where in the file (`bytes` starts at `offset`) its encoded analysis lies.
    static func decode(_ bytes: ArraySlice<UInt8>, at offset: Int, fragments: ReadOnlyFile,
                       length: Int) throws -> (analysis: CachedAnalysis, encoded: Range<Int>) {
        try bytes.withUnsafeBufferPointer { buffer in
            let source = BinarySource(buffer)
            let head = try source.chunk()
            var analysis = try CachedAnalysis(decoding: bytes.dropFirst(head.lowerBound).prefix(head.count))
            if try source.byte() == 1 {
                let slug = try source.string(), relationsKey = try source.number()
                func stored() throws -> TextPiece {
                    let start = try source.number(), count = try source.number(), hash = try source.number()
                    guard start <= UInt64(length), count <= UInt64(length) - start else { throw BinarySource.malformed }
                    return .stored(StoredText(file: fragments, range: Int(start)..<Int(start + count), hash: hash))
                }
                analysis.listing = ListingFragments(slug: slug, relationsKey: relationsKey, indexRow: try stored(), termRow: try stored(),
                                                    exportEntry: try stored(), searchDocument: try stored())
            }
            guard source.isAtEnd else { throw BinarySource.malformed }
            return (analysis, (offset + head.lowerBound)..<(offset + head.upperBound))
        }
    }
}
