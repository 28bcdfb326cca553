import Foundation
import HindsightCore
import HindsightRender
import HindsightWrite

/// The cache folder: `.hindsight-cache/` in the site folder, one subfolder per output
/// folder (named by a hash of its absolute path, so that two outputs of one site do not
/// invalidate each other). In it: `record` and `stamps` (`KnownStamps`), read by every
/// build; `analyses` (every document's analysis), `fragments` (their listing fragments,
/// `FragmentFile`) and the manifests `published` and `spare` (`SiteManifest`), read only
/// when something changed;
/// and the spare site itself, `site/` (see `OutputDirectory`).
///
/// The cache is an optimisation only. Every read validates what it gets and treats any
/// problem (missing, truncated, garbage, another version) as "no cache"; every write goes to
/// a temporary file renamed into place, so a killed build leaves the old file or the new one.
package struct BuildCache: Sendable {
    package static let folderName = ".hindsight-cache"
    private static let magic = Array("hindsight-cache-\(BuildInputs.cacheFormat)\n".utf8)

    let folder: String

    package init(siteRoot: String, outputFolder: String) {
        let key = String(StableHasher.hash(Path.absolute(outputFolder)), radix: 16)
        folder = Path.join(Path.join(siteRoot, Self.folderName), key)
    }

    private var recordPath: String { Path.join(folder, "record") }
    private var analysesPath: String { Path.join(folder, "analyses") }
    private var fragmentsPath: String { Path.join(folder, FragmentFile.name) }
    private var stampsPath: String { Path.join(folder, "stamps") }
    /// Where the site published before the current one is kept.
    package var spareFolder: String { Path.join(folder, "site") }

    enum Manifest: String {
        /// What the output folder holds.
        case published
        /// What `spareFolder` holds.
        case spare
    }

    func record() -> BuildRecord? {
        payload(atPath: recordPath).flatMap { try? BuildRecord(decoding: $0) }
    }

    /// The documents' stamps with the status they were read under (`KnownStamps`); empty
    /// when there are none, or they do not decode.
    func knownStamps() -> KnownStamps {
        payload(atPath: stampsPath).flatMap { try? KnownStamps(decoding: $0) } ?? KnownStamps()
    }

    func save(_ stamps: KnownStamps) {
        store(atPath: stampsPath) { try $0.append(stamps.encoded()) }
    }

    func manifest(_ kind: Manifest) -> SiteManifest? {
        guard let payload = payload(atPath: Path.join(folder, kind.rawValue)) else { return nil }
        return try? SiteManifest(decoding: payload)
    }

    func save(_ manifest: SiteManifest, as kind: Manifest) {
        store(atPath: Path.join(folder, kind.rawValue)) { try $0.append(manifest.encoded()) }
    }

    /// Deletes a manifest, before its folder changes: no manifest is ever left describing a
    /// folder that no longer holds what it says.
    func forget(_ kind: Manifest) {
        unlink(Path.join(folder, kind.rawValue))
    }

    /// The analyses made under `inputs`, by document path; empty when there are none or
    /// their fragments file is not the one they were saved with. The file is read a block at
    /// a time and kept open: each analysis keeps where its bytes lie, and its listing
    /// fragments stay in the fragments file (`StoredText`).
    package func analyses(inputs: UInt64, jobs: Int) -> StoredAnalyses {
        guard let file = ReadOnlyFile(path: analysesPath), file.bytes(in: 0..<Self.magic.count) == Self.magic,
              let header = try? CachedChunks.header(of: file, at: Self.magic.count), header.inputs == inputs,
              let fragments = FragmentFile(path: fragmentsPath).open(header.fragments)
        else { return StoredAnalyses() }
        var blocks: [[StoredAnalysis?]] = []
        do {
            try CachedChunks.read(file, after: header) { bytes, chunks, offset in
                // An entry that does not decode is only a document analysed again.
                let decoded = Array(chunks.indices).parallelMap(jobs: jobs) { index in
                    let chunk = chunks[index]
                    // Entries follow one another: each starts (length prefix first) where the last ends.
                    let entry = (offset + (index == 0 ? 0 : chunks[index - 1].upperBound))..<(offset + chunk.upperBound)
                    let decoded = try? CacheEntry.decode(bytes[chunk], at: offset + chunk.lowerBound, fragments: fragments,
                                                         length: header.fragments.length)
                    return decoded.map { StoredAnalysis(analysis: $0.analysis, encoded: $0.encoded, entry: entry) }
                }
                blocks.append(decoded)
            }
        } catch {
            return StoredAnalyses()
        }
        return StoredAnalyses(blocks: blocks, file: file, fragments: fragments, commit: header.fragments)
    }

    /// Writes the fragments made in this build (`FragmentFile`), then the analyses, a batch
    /// at a time so that the encoded file never sits whole in memory, then the record. An
    /// analysis read from the cache is copied from the previous file (still open, though
    /// replaced) rather than encoded again: its whole entry when its listing is the one read
    /// with it, runs of such entries in one read (one read each was a tenth of a one-file
    /// rebuild at 10,000 documents).
    func save(_ record: BuildRecord, analyses: [CachedAnalysis], stored: StoredAnalyses, inputs: UInt64, jobs: Int) {
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil,
              let fragments = try? FragmentFile(path: fragmentsPath).write(analyses.map(\.listing), current: stored.fragments?.file,
                                                                        committed: stored.fragments?.commit)
        else { return }
        let batch = 1024
        store(atPath: analysesPath) { file in
            let writer = CachedChunks.Writer(file: file, copyingFrom: stored)
            try writer.start(inputs: inputs, fragments: fragments.commit, count: analyses.count)
            for start in stride(from: 0, to: analyses.count, by: batch) {
                let entries = Array(start..<min(start + batch, analyses.count)).parallelMap(jobs: jobs) { index in
                    if let entry = stored.unchangedEntry(of: analyses[index], listingAt: fragments.ranges[index]) {
                        return CachedChunks.Entry.copied(entry)
                    }
                    return .encoded(CacheEntry.encode(analysis: stored.unchangedBytes(of: analyses[index]) ?? analyses[index].encoded(),
                                                      listing: analyses[index].listing, at: fragments.ranges[index]))
                }
                for entry in entries {
                    try writer.append(entry)
                }
            }
            try writer.finish()
        }
        store(atPath: recordPath) { try $0.append(record.encoded()) }
    }

    /// The file's bytes after the format header, not copied (the analyses file is large).
    private func payload(atPath path: String) -> ArraySlice<UInt8>? {
        guard let bytes = RawFile.bytes(atPath: path), bytes.starts(with: Self.magic) else { return nil }
        return bytes.dropFirst(Self.magic.count)
    }

    private func store(atPath path: String, _ write: (FileSink) throws -> Void) {
        let temporary = path + ".partial"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let file = try FileSink(path: temporary)
            try file.append(Self.magic)
            try write(file)
            try file.flush()
            guard rename(temporary, path) == 0 else { unlink(temporary); return }
        } catch {
            unlink(temporary)
        }
    }
}
