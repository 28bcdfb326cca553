import HindsightCore

/// Keeps a URL taken from a document only when it cannot run script: `http:`, `https:`,
/// `mailto:` or a relative reference. Used for values that reach `href` attributes outside
/// cmark-gfm's own (safe) rendering, such as author links from front matter.
enum SafeURL {
    static func sanitize(_ url: String?) -> String? {
        guard let url = url?.trimmed, !url.isEmpty else { return nil }
        let scheme = url.prefix { $0 != ":" && $0 != "/" && $0 != "?" && $0 != "#" }
        guard scheme.count < url.count, url[url.index(url.startIndex, offsetBy: scheme.count)] == ":" else {
            return url.contains(where: { $0.isWhitespace || $0.isNewline }) ? nil : url
        }
        return ["http", "https", "mailto"].contains(scheme.lowercased()) ? url : nil
    }
}
