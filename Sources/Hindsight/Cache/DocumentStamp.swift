import Foundation

/// What identifies a document's bytes for the cache: its path, its size and a hash of its
/// content. Modification times are deliberately not trusted (a checkout or a copy resets
/// them while the bytes stay; an edit within the same second keeps them).
struct DocumentStamp: Sendable, Hashable, Codable {
    var relativePath: String
    var size: Int
    var hash: UInt64

    /// Reads and hashes every document, in parallel. One that cannot be read (or is too
    /// large to be read as a postmortem) gets size -1, so it never matches a cached analysis
    /// and is analysed again, which reports why.
    static func stamps(of files: [SourceFile], jobs: Int) -> [DocumentStamp] {
        files.parallelMap(jobs: jobs) { file in
            let bytes = RawFile.bytes(atPath: file.path, limit: SourceText.maximumBytes)
            var hasher = StableHasher()
            bytes.map { $0.withUnsafeBytes { hasher.combine(bytes: $0) } }
            return DocumentStamp(relativePath: file.relativePath, size: bytes?.count ?? -1, hash: hasher.value)
        }
    }
}
