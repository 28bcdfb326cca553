import Foundation

/// Decides what becomes of a document's relative link and image destinations.
///
/// A file that exists inside the content folder becomes an `Asset`, copied beside the
/// incident's page: at the same relative path when it sits in the document's folder or
/// below (so the URL is unchanged), under `assets/` otherwise (and the URL is rewritten).
/// Remote URLs, anchors and links to other postmortems are left alone.
struct LocalLinkResolver {
    let file: SourceFile
    let contentRoot: String
    private(set) var assets: [Asset] = []
    private(set) var missing: [String] = []

    init(file: SourceFile, contentRoot: String) {
        self.file = file
        self.contentRoot = contentRoot
    }

    mutating func rewrite(_ url: String, kind: MarkdownLinkKind) -> String? {
        guard Self.isLocal(url) else { return nil }
        let path = String(url.prefix { $0 != "?" && $0 != "#" })
        let decoded = path.removingPercentEncoding ?? path
        guard !decoded.isEmpty, !ContentScanner.extensions.contains(Path.extensionOf(decoded).lowercased()) else { return nil }
        guard let target = Path.normalize(decoded, in: file.directory), Path.isInside(target, contentRoot),
              FileManager.default.fileExists(atPath: target)
        else {
            if !missing.contains(url) { missing.append(url) }
            return nil
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
        // A copy named index.html would overwrite the page itself.
        let staysBeside = Path.isInside(target, file.directory) && !target.lowercased().hasSuffix("/index.html")
        let pagePath = staysBeside
            ? String(target.dropFirst(file.directory.count + 1))
            : "assets/" + String(target.dropFirst(contentRoot.count + 1))
        if !assets.contains(where: { $0.pagePath == pagePath }) {
            assets.append(Asset(sourcePath: target, pagePath: pagePath))
        }
        guard !staysBeside else { return nil }
        let suffix = url.dropFirst(path.count)
        return pagePath.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed).map { $0 + suffix }
    }

    /// Relative references only: no scheme (`https:`, `mailto:`, `javascript:`), no
    /// protocol-relative `//host`, no site-absolute `/path`, no bare `#anchor`.
    static func isLocal(_ url: String) -> Bool {
        guard let first = url.first, first != "/", first != "#", first != "?" else { return false }
        let beforeSlash = url.prefix { $0 != "/" }
        return !beforeSlash.contains(":")
    }
}
