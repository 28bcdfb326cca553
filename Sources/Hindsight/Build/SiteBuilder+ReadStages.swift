import Foundation
import HindsightCache
import HindsightCore
import HindsightRender

/// The stages `build` and `check` share: load, analyse and collect.
extension SiteBuilder {
    /// Load, analyse and collect: everything but rendering, shared by `build` and `check`.
    func read(excluding: Set<String>) -> (incidents: [Incident], diagnostics: [Diagnostic]) {
        let sources = load(excluding: excluding)
        let outcomes = analyse(sources.files)
        let duplicates = DuplicateSlugs.diagnostics(outcomes, contentFolder: config.contentFolder)
        let incidents = outcomes.compactMap(\.incident)
        let overdue = OverdueFollowUps.diagnostics(incidents, contentFolder: config.contentFolder, policy: config.followUps)
        let collected = collect(incidents)
        // Only the warnings about `related:`: `check` shows no related incidents.
        let related = ArchiveRelations.diagnostics(collected, contentFolder: config.contentFolder)
        return (collected, sources.diagnostics + outcomes.flatMap(\.diagnostics) + duplicates + overdue + related)
    }

    func load(excluding: Set<String>) -> ContentScanner.Result {
        let content = resolve(config.contentFolder)
        guard FileManager.default.fileExists(atPath: content) else {
            return .init(files: [], diagnostics: [Diagnostic(file: config.contentFolder, line: 1, severity: .error,
                                                             rule: "content-missing", message: "content folder does not exist")])
        }
        return ContentScanner(root: content, displayRoot: config.contentFolder, excluding: excluding).scan()
    }

    func analyse(_ files: [SourceFile]) -> [DocumentAnalyser.Outcome] {
        files.parallelMap(jobs: config.jobs, analyser.analyse)
    }

    /// Analyses the documents the cache does not know in their current bytes, and takes the
    /// others from it (only `forListings`). Whole incidents go to the spill.
    func analyse(_ files: [SourceFile], stamps: [DocumentStamp], stored: StoredAnalyses, spill: BuildSpill?) -> [Analysis] {
        let analyser = analyser
        return Array(files.indices).parallelMap(jobs: config.jobs) { index in
            let stamp = stamps[index]
            if let cached = stored.analysis(matching: stamp) {
                return Analysis(cached: cached)
            }
            let outcome = analyser.analyse(files[index])
            return Analysis(cached: CachedAnalysis(stamp: stamp, outcome: outcome), spilled: outcome.incident.flatMap { spill?.store($0) })
        }
    }

    func filesByPath(_ files: [SourceFile]) -> [String: SourceFile] {
        Dictionary(files.map { ($0.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
    }

    var analyser: DocumentAnalyser {
        DocumentAnalyser(parser: DocumentParser(contentRoot: resolve(config.contentFolder), allowUnsafeHTML: config.allowUnsafeHTML),
                         timezone: config.timezone, linter: Linter(settings: config.rules))
    }

    /// Unique slugs (in source order, so they do not depend on dates), then newest first;
    /// undated incidents last, ties broken by title and source for a stable order.
    func collect(_ incidents: consuming [Incident]) -> [Incident] {
        let order = archiveOrder(&incidents)
        return order.map { incidents[$0] }
    }

    /// Gives the incidents unique slugs, and returns their positions in `collect`'s order.
    func archiveOrder(_ incidents: inout [Incident]) -> [Int] {
        for (index, slug) in Slug.uniqued(incidents.map(\.slug)).enumerated() where slug != incidents[index].slug {
            incidents[index].slug = slug
        }
        // Positions are sorted, reading incidents in place; sorting the incidents themselves
        // moved large values around (each swap retains and releases their strings), and so
        // did passing two of them to each comparison.
        return incidents.indices.sorted { Self.isNewer($0, than: $1, in: incidents) }
    }

    static func isNewer(_ a: Int, than b: Int, in incidents: [Incident]) -> Bool {
        switch (incidents[a].date, incidents[b].date) {
        case let (x?, y?) where x != y: x > y
        case (_?, nil): true
        case (nil, _?): false
        default: (incidents[a].title, incidents[a].source) < (incidents[b].title, incidents[b].source)
        }
    }

    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : Path.join(siteRoot, path)
    }
}
