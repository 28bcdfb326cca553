import HindsightCore
import HindsightRender

/// What the last successful build left for the next one: the fingerprints it was made
/// from, the output folder it published and its diagnostics (so that "nothing changed"
/// reports exactly what a full build would).
///
/// The per-document analyses (`CacheEntry`) and the site's pages and files (`SiteManifest`)
/// are kept apart, because only a build that found something changed needs them.
package struct BuildRecord: Sendable {
    /// `BuildInputs.fingerprint`: settings, theme, version, other content files.
    var inputs: UInt64
    /// `inputs` and every document's stamp: equal means the site would be the same.
    var site: UInt64
    /// The output folder this build published (`OutputIdentity`).
    var output: [Int]
    package var incidentCount: Int
    package var diagnostics: [Diagnostic]

    static func site(inputs: UInt64, stamps: [DocumentStamp]) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(inputs)
        for stamp in stamps {
            hasher.combine(stamp.relativePath)
            hasher.combine(stamp.size)
            hasher.combine(stamp.hash)
        }
        return hasher.value
    }
}

extension BuildRecord: FieldCodable {
    static var blank: BuildRecord { BuildRecord(inputs: 0, site: 0, output: [], incidentCount: 0, diagnostics: []) }

    mutating func code<Coder: FieldCoder>(with coder: Coder) throws(Coder.Failure) {
        try coder.number(&inputs)
        try coder.number(&site)
        try coder.list(&output)
        try coder.int(&incidentCount)
        try coder.list(&diagnostics)
    }
}
