import HindsightCore

/// The relations authors state: each incident's `related:` entries found in the archive,
/// by position, and a warning for each name that is no incident's.
///
/// An entry may be a slug (`2024-03-01-db-failover`), a file name with or without its
/// folder and extension (`db/2024-03-01-db-failover.md`), or the page's URL, relative or
/// absolute (`../2024-03-01-db-failover/`, `https://…/incidents/2024-03-01-db-failover/`).
struct NamedRelations {
    /// For each incident, the incidents its front matter names, in its order, itself and
    /// repetitions left out.
    let names: [[Int]]
    /// For each incident, the incidents whose front matter names it, in archive order.
    let namedBy: [[Int]]
    let diagnostics: [Diagnostic]

    init(_ incidents: [Incident], contentFolder: String) {
        let finder = Finder(incidents)
        var names = [[Int]](repeating: [], count: incidents.count)
        var namedBy = [[Int]](repeating: [], count: incidents.count)
        var diagnostics: [Diagnostic] = []
        for (position, incident) in incidents.enumerated() {
            var named: Set<Int> = [position]
            var unknown: Set<String> = []
            for name in incident.relatedClues.named {
                guard let other = finder.position(of: name) else {
                    guard unknown.insert(name).inserted else { continue }
                    diagnostics.append(Diagnostic(
                        file: Path.join(contentFolder, incident.source), line: incident.relatedClues.namedLine,
                        severity: .warning, rule: "related-unknown",
                        message: "`related:` names “\(name)”, which is no incident's slug, file or page"))
                    continue
                }
                guard named.insert(other).inserted else { continue }
                names[position].append(other)
                namedBy[other].append(position)
            }
        }
        self.names = names
        self.namedBy = namedBy
        self.diagnostics = diagnostics
    }

    /// The incidents by each name an entry may give them; the first in archive order wins
    /// a name two share (two files called `db.md` in different folders).
    private struct Finder {
        var byName: [String: Int] = [:]

        init(_ incidents: [Incident]) {
            for (position, incident) in incidents.enumerated() {
                for name in [incident.source, incident.slug, Self.baseName(incident.source)] where byName[name] == nil {
                    byName[name] = position
                }
            }
        }

        func position(of entry: String) -> Int? {
            let name = entry.trimmed
            if let position = byName[name] { return position }
            // A URL: its last folder (the slug) or file, without query, fragment or index.html.
            var path = Substring(name)
            if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<end] }
            var components = path.split(separator: "/")
            if components.last == "index.html" { components.removeLast() }
            guard let last = components.last.map(String.init) else { return nil }
            return byName[last] ?? byName[Self.baseName(last)]
        }

        /// The file's name without its folder and extension.
        static func baseName(_ path: String) -> String {
            let file = path.split(separator: "/").last.map(String.init) ?? path
            for suffix in [".md", ".markdown"] where file.hasSuffix(suffix) {
                return String(file.dropLast(suffix.count))
            }
            return file
        }
    }
}
