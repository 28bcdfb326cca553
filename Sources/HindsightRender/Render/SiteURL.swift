import HindsightCore

/// Absolute addresses for the few places that need them (canonical links, feeds, the
/// sitemap), and only when `base_url` says where the site is published: every link between
/// pages stays relative, so the site also works under a sub-path and from disk.
struct SiteURL: Sendable {
    /// `base_url` with exactly one trailing slash; nil when it is not set.
    let base: String?

    init(baseURL: String?) {
        guard let url = baseURL?.trimmed, !url.isEmpty else {
            base = nil
            return
        }
        base = url.hasSuffix("/") ? url : url + "/"
    }

    /// `path` (relative to the site root, "" for the home page) as an absolute URL.
    func absolute(_ path: String) -> String? {
        base.map { $0 + path }
    }
}
