import Foundation

/// The smallest Hugo site that does what Hindsight does: one page per document and an index.
struct HugoSite {
    let content: String

    static var version: String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/hugo")
        process.arguments = ["version"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try? process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return text.split(separator: " ").dropFirst().first.map { String($0.prefix { $0 != "+" && $0 != "-" }) } ?? ""
    }

    func write(to site: String) throws {
        let files = [
            "config.toml": "baseURL = \"/\"\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\", \"robotsTXT\", \"404\"]\ncontentDir = \"\(content)\"\n",
            "layouts/_default/single.html": "<!doctype html><title>{{ .Title }}</title><article>{{ .Content }}</article>\n",
            "layouts/_default/list.html": "<!doctype html><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>\n",
            "layouts/index.html": "<!doctype html><ul>{{ range .Site.RegularPages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>\n",
        ]
        for (relative, text) in files {
            let path = site + "/" + relative
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
    }
}
