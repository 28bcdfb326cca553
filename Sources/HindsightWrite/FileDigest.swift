/// The digest of a file made of pieces that had one (`PiecewiseText.digest`), as the writer
/// recorded it: the next build compares a listing with the published one by digest alone.
struct FileDigest: Sendable, Equatable {
    var path: String
    var digest: UInt64
}
