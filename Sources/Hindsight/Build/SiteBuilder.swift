import Foundation

/// Builds the site. The pipeline, stage by stage:
///
/// 1. **load**: find the Markdown files under the content folder;
/// 2. **analyse**: read, parse and extract each one into an `Incident` (in parallel);
/// 3. **collect**: give every incident a unique slug and order the archive, newest first;
/// 4. **render**: write every page, the index and `incidents.json` into a staging folder;
/// 5. **publish**: swap the staging folder in place of the output folder.
public struct SiteBuilder: Sendable {
    public var config: SiteConfig
    /// The folder `hindsight.yml`, `themes/` and relative paths are resolved against.
    public var siteRoot: String
    /// Reuse the previous build's work (see `BuildCache`); off, the cache is neither read
    /// nor written and every build starts cold.
    public var useCache: Bool

    public init(config: SiteConfig, siteRoot: String = FileManager.default.currentDirectoryPath, useCache: Bool = true) {
        self.config = config
        self.siteRoot = siteRoot
        self.useCache = useCache
    }

    public func build() -> BuildReport {
        let clock = ContinuousClock.now
        var diagnostics: [Diagnostic] = []
        func finish(_ incidents: [Incident], count: Int? = nil, wroteSite: Bool, upToDate: Bool = false) -> BuildReport {
            let elapsed = ContinuousClock.now - clock
            return BuildReport(incidents: incidents, incidentCount: count ?? incidents.count, upToDate: upToDate,
                               diagnostics: upToDate ? diagnostics : sorted(diagnostics),
                               seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                               wroteSite: wroteSite)
        }

        let outputPath = Path.absolute(resolve(config.outputFolder))
        let sources = load(excluding: [outputPath, OutputDirectory.staging(for: outputPath)])
        let snapshot = BuildSnapshot(config: config, siteRoot: siteRoot, outputPath: outputPath, sources: sources,
                                     cache: useCache ? BuildCache(siteRoot: siteRoot, outputFolder: outputPath) : nil)
        if let record = snapshot.upToDateRecord {
            diagnostics = record.diagnostics
            return finish([], count: record.incidentCount, wroteSite: true, upToDate: true)
        }

        let theme: Theme
        let output: OutputDirectory
        do {
            theme = try Theme(folders: snapshot.themeFolders)
            output = try OutputDirectory(path: outputPath, contentFolder: resolve(config.contentFolder))
        } catch let error as Theme.LoadError {
            diagnostics.append(error.diagnostic)
            return finish([], wroteSite: false)
        } catch {
            diagnostics.append(Diagnostic(file: config.outputFolder, line: 1, severity: .error, rule: "output-refused", message: "\(error)"))
            return finish([], wroteSite: false)
        }

        let stored = snapshot.cache?.analyses(inputs: snapshot.inputs, jobs: config.jobs) ?? StoredAnalyses()
        let analysed = analyseAndCollect(sources, stamps: snapshot.stamps, stored: stored)
        diagnostics += analysed.diagnostics
        var analyses = analysed.analyses

        let previous = FileManager.default.fileExists(atPath: output.path) ? output.path : nil
        let pageKeys = PageKey.keys(analysed.incidents, stamps: snapshot.stampsByPath, inputs: snapshot.inputs)
        let reusable = snapshot.reusablePages(pageKeys, previousOutput: previous)
        let kept = CachedAnalysis.listings(in: analyses)
        var incidents = completed(analysed.incidents, fromCache: analysed.fromCache, files: sources.files) { position, incident in
            !reusable.contains(position) || kept[incident.source]?.slug != incident.slug
        }
        let renderer = SiteRenderer(theme: theme, config: config, writer: SiteWriter(root: output.staging, previous: previous))
        diagnostics += renderer.writePages(incidents, reusing: reusable)
        do {
            let fragments = try ListingFragments.all(incidents, theme: theme, jobs: config.jobs) { kept[$0.source] }
            incidents = incidents.map(\.forListings)
            try renderer.writeListings(incidents, fragments: fragments)
            try output.commit()
            analyses = CachedAnalysis.keeping(fragments, of: incidents, in: analyses)
        } catch {
            output.discard()
            diagnostics.append(Diagnostic(file: config.outputFolder, line: 1, severity: .error, rule: "write-failed", message: "\(error)"))
            return finish(incidents, wroteSite: false)
        }
        let report = finish(incidents, wroteSite: true)
        snapshot.save(report, pageKeys: pageKeys, analyses: analyses, stored: stored)
        return report
    }

    /// Analyse (or take from the cache) and collect. The incidents of the documents analysed
    /// now are whole; `fromCache` names the others, which are only `forListings`.
    private func analyseAndCollect(_ sources: ContentScanner.Result, stamps: [DocumentStamp], stored: StoredAnalyses)
        -> (incidents: [Incident], analyses: [CachedAnalysis], fromCache: Set<String>, diagnostics: [Diagnostic]) {
        let analyses = analyse(sources.files, stamps: stamps, stored: stored)
        let outcomes = analyses.map(\.outcome)
        let diagnostics = sources.diagnostics + outcomes.flatMap(\.diagnostics)
            + DuplicateSlugs.diagnostics(outcomes, contentFolder: config.contentFolder)
        let fromCache = Set(analyses.indices.filter { analyses[$0].fresh == nil }.map { sources.files[$0].relativePath })
        return (collect(outcomes.compactMap(\.incident)), analyses.map(\.cached), fromCache, diagnostics)
    }

    /// Reads and analyses the content exactly as `build` does, and writes nothing.
    public func check() -> CheckReport {
        let clock = ContinuousClock.now
        let (incidents, diagnostics) = read(excluding: [Path.absolute(resolve(config.outputFolder))])
        return CheckReport(documentCount: incidents.count, diagnostics: sorted(diagnostics), duration: ContinuousClock.now - clock)
    }

    // MARK: - Stages

    /// Load, analyse and collect: everything but rendering, shared by `build` and `check`.
    func read(excluding: Set<String>) -> (incidents: [Incident], diagnostics: [Diagnostic]) {
        let sources = load(excluding: excluding)
        let outcomes = analyse(sources.files)
        let duplicates = DuplicateSlugs.diagnostics(outcomes, contentFolder: config.contentFolder)
        return (collect(outcomes.compactMap(\.incident)), sources.diagnostics + outcomes.flatMap(\.diagnostics) + duplicates)
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
    /// others from it (only `forListings`).
    func analyse(_ files: [SourceFile], stamps: [DocumentStamp], stored: StoredAnalyses) -> [Analysis] {
        let analyser = analyser
        return Array(files.indices).parallelMap(jobs: config.jobs) { index in
            let stamp = stamps[index]
            if let cached = stored[stamp.relativePath]?.analysis, cached.stamp == stamp {
                return Analysis(cached: cached)
            }
            let outcome = analyser.analyse(files[index])
            return Analysis(cached: CachedAnalysis(stamp: stamp, outcome: outcome), fresh: outcome)
        }
    }

    /// Makes whole again the incidents taken from the cache that `need` it (their page or
    /// their listing fragments are made in this build), by analysing their documents again:
    /// the cache keeps incidents only `forListings`. Usually the few neighbours of a changed
    /// document.
    func completed(_ incidents: [Incident], fromCache cachedSources: Set<String>, files: [SourceFile],
                   where need: (_ position: Int, Incident) -> Bool) -> [Incident] {
        let filesBySource = Dictionary(files.map { ($0.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
        let positions = incidents.indices.filter { cachedSources.contains(incidents[$0].source) && need($0, incidents[$0]) }
        let analyser = analyser
        let whole = positions.parallelMap(jobs: config.jobs) { position in
            filesBySource[incidents[position].source].flatMap { analyser.analyse($0).incident }
        }
        var incidents = incidents
        for (position, incident) in zip(positions, whole) {
            guard var incident else { continue }
            incident.slug = incidents[position].slug
            incidents[position] = incident
        }
        return incidents
    }

    private var analyser: DocumentAnalyser {
        DocumentAnalyser(parser: DocumentParser(contentRoot: resolve(config.contentFolder), allowUnsafeHTML: config.allowUnsafeHTML),
                         timezone: config.timezone, linter: Linter(settings: config.rules))
    }

    /// Unique slugs (in source order, so they do not depend on dates), then newest first;
    /// undated incidents last, ties broken by title and source for a stable order.
    func collect(_ incidents: [Incident]) -> [Incident] {
        var incidents = incidents
        for (index, slug) in Slug.uniqued(incidents.map(\.slug)).enumerated() {
            incidents[index].slug = slug
        }
        return incidents.sorted { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: x > y
            case (_?, nil): true
            case (nil, _?): false
            default: (a.title, a.source) < (b.title, b.source)
            }
        }
    }

    private func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : Path.join(siteRoot, path)
    }

    /// The site's rule levels applied, then by file and line.
    private func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        config.rules.apply(to: diagnostics).sorted { ($0.file, $0.line, $0.column ?? 0, $0.rule) < ($1.file, $1.line, $1.column ?? 0, $1.rule) }
    }
}
