/// `SiteManifest` as the cache holds it, written and read field by field rather than
/// through `Codable`: a one-file rebuild reads two manifests and writes one, each naming
/// every page and file of the site, and through `Codable` that took 45 CPU-ms at 10,000
/// documents.
extension SiteManifest {
    func encoded() -> [UInt8] {
        let sink = BinarySink()
        sink.list(folder) { sink.signed(Int64($0)) }
        sink.list(pages) { page in
            sink.string(page.url)
            sink.number(page.key)
        }
        sink.list(files, sink.string)
        sink.list(digests) { file in
            sink.string(file.path)
            sink.number(file.digest)
        }
        return sink.bytes
    }

    init(decoding bytes: ArraySlice<UInt8>) throws {
        let manifest = try bytes.withUnsafeBufferPointer { buffer in
            let source = BinarySource(buffer)
            let manifest = SiteManifest(
                folder: try source.list(source.int),
                pages: try source.list { PageKey(url: try source.string(), key: try source.number()) },
                files: try source.list(source.string),
                digests: try source.list { FileDigest(path: try source.string(), digest: try source.number()) })
            guard source.isAtEnd else { throw BinarySource.malformed }
            return manifest
        }
        self = manifest
    }
}
