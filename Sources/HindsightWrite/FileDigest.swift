/// The digest of a file made of pieces that had one (`PiecewiseText.digest`), as the writer
/// recorded it: the next build compares a listing with the published one by digest alone.
package struct FileDigest: Sendable, Equatable {
    package var path: String
    package var digest: UInt64

    package init(path: String, digest: UInt64) {
        self.path = path
        self.digest = digest
    }
}
