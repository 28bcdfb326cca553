import HindsightWrite

/// `SiteManifest` as the cache holds it, described once for `FieldCoder`: a one-file
/// rebuild reads two manifests and writes one, each naming every page and file of the
/// site, and through `Codable` that took 45 CPU-ms at 10,000 documents.
extension SiteManifest: FieldCodable {
    static var blank: SiteManifest { SiteManifest(folder: [], pages: [], files: []) }

    mutating func code<Coder: FieldCoder>(with coder: Coder) throws(Coder.Failure) {
        try coder.list(&folder)
        try coder.list(&pages)
        try coder.list(&files)
        try coder.list(&digests)
    }
}

extension SiteManifest.PageKey: FieldCodable {
    static var blank: SiteManifest.PageKey { SiteManifest.PageKey(url: "", key: 0) }

    mutating func code<Coder: FieldCoder>(with coder: Coder) throws(Coder.Failure) {
        try coder.string(&url)
        try coder.number(&key)
    }
}

extension FileDigest: FieldCodable {
    static var blank: FileDigest { FileDigest(path: "", digest: 0) }

    mutating func code<Coder: FieldCoder>(with coder: Coder) throws(Coder.Failure) {
        try coder.string(&path)
        try coder.number(&digest)
    }
}
