import Foundation

/// Checks the links of a built site the way a browser follows them from disk: every `href`
/// and `src` of a page that is not a web address, a fragment or a `mailto:`, resolved
/// against the page's folder (a folder meaning its `index.html`).
enum SiteLinks {
    struct Problem: CustomStringConvertible, Equatable {
        var page: String
        var link: String
        var reason: String
        var description: String { "\(page): \(link) \(reason)" }
    }

    /// What is wrong with the links of `pages` (paths relative to `site`): absolute ones,
    /// and relative ones that reach no file.
    static func problems(in site: String, pages: [String]) throws -> [Problem] {
        var problems: [Problem] = []
        for page in pages {
            let html = try String(contentsOfFile: site + "/" + page, encoding: .utf8)
            for tag in HTMLTag.all(in: html) {
                for (name, value) in tag.attributes where name == "href" || name == "src" {
                    if let reason = problem(with: value, from: page, in: site) {
                        problems.append(Problem(page: page, link: value, reason: reason))
                    }
                }
            }
        }
        return problems
    }

    /// The page's targets that are files of the site, relative to its root.
    static func targets(of page: String, in site: String) throws -> [String] {
        let html = try String(contentsOfFile: site + "/" + page, encoding: .utf8)
        return HTMLTag.all(in: html).flatMap { tag in
            tag.attributes.filter { $0.name == "href" }.compactMap { resolve($0.value, from: page) }
        }
    }

    private static func problem(with link: String, from page: String, in site: String) -> String? {
        if link.hasPrefix("/") { return "is absolute" }
        guard let target = resolve(link, from: page) else {
            return isExternal(link) ? nil : "leaves the site"
        }
        return FileManager.default.fileExists(atPath: site + "/" + target) ? nil : "reaches no file (\(target))"
    }

    private static func isExternal(_ link: String) -> Bool {
        link.isEmpty || link.hasPrefix("#") || HTMLTag.scheme(of: link) != nil
    }

    /// The file a relative link reaches from `page`, relative to the site root; nil for
    /// external links and links above the root.
    static func resolve(_ link: String, from page: String) -> String? {
        guard !isExternal(link), !link.hasPrefix("/") else { return nil }
        let path = link.prefix { $0 != "#" && $0 != "?" }
        var parts = page.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case ".", "": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        let joined = parts.joined(separator: "/")
        return path.hasSuffix("/") || path.isEmpty ? (joined.isEmpty ? "" : joined + "/") + "index.html" : joined
    }
}
