import Foundation

/// Builds the site. The pipeline, stage by stage:
///
/// 1. **load**: find the Markdown files under the content folder;
/// 2. **analyse**: read, parse and extract each one into an `Incident` (in parallel), or take
///    it from the `BuildCache`; whole incidents wait in the `BuildSpill`, and the archive
///    holds each only `forListings`;
/// 3. **collect**: give every incident a unique slug and order the archive, newest first;
/// 4. **render**: write each incident's page and make its listing fragments
///    (`IncidentPages`, in parallel), then the index, term pages, feeds and `incidents.json`
///    from the fragments, into a staging folder (new, or the spare site updated in place);
/// 5. **publish**: swap the staging folder in place of the output folder, keep the previous
///    site as the spare or remove it, and save the cache.
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
        func elapsedSeconds() -> Double {
            let elapsed = ContinuousClock.now - clock
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        func finish(_ incidents: [Incident], count: Int? = nil, wroteSite: Bool, upToDate: Bool = false) -> BuildReport {
            BuildReport(incidents: incidents, incidentCount: count ?? incidents.count, upToDate: upToDate,
                        diagnostics: upToDate ? diagnostics : sorted(diagnostics), seconds: elapsedSeconds(), wroteSite: wroteSite)
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
        let spare = snapshot.takeSpareManifest()
        do {
            theme = try Theme(folders: snapshot.themeFolders)
            output = try OutputDirectory(path: outputPath, contentFolder: resolve(config.contentFolder),
                                         spare: snapshot.cache?.spareFolder, startFromSpare: spare != nil)
        } catch let error as Theme.LoadError {
            diagnostics.append(error.diagnostic)
            return finish([], wroteSite: false)
        } catch {
            diagnostics.append(Diagnostic(file: config.outputFolder, line: 1, severity: .error, rule: "output-refused", message: "\(error)"))
            return finish([], wroteSite: false)
        }

        let stored = snapshot.cache?.analyses(inputs: snapshot.inputs, jobs: config.jobs) ?? StoredAnalyses()
        let spill = BuildSpill()
        // A variable, so that the fragments made below go into its analyses in place.
        var analysed = analyseAndCollect(sources, stamps: snapshot.stamps, stored: stored, spill: spill)
        diagnostics += analysed.diagnostics
        let incidents = analysed.incidents

        let previous = FileManager.default.fileExists(atPath: output.path) ? output.path : nil
        let published = previous == nil ? nil : snapshot.publishedManifest()
        let staged = output.startedFromSpare ? spare : nil
        let pageKeys = PageKey.keys(incidents, stamps: snapshot.stampsByPath, inputs: snapshot.inputs, jobs: config.jobs)
        let writer = SiteWriter(root: output.staging, previous: previous, previousDigests: published?.digestsByPath ?? [:])
        let renderer = SiteRenderer(theme: theme, config: config, writer: writer)
        let whole = WholeIncidents(spill: spill, spilled: analysed.spilled, files: filesByPath(sources.files), analyser: analyser)
        do {
            let rendered = IncidentPages(renderer: renderer, whole: whole)
                .render(incidents, reusing: PageReuse(pageKeys, staged: staged, published: published),
                        kept: analysed.origins.map { analysed.analyses[$0].listing })
            diagnostics += rendered.diagnostics
            try renderer.writeListings(incidents, fragments: rendered.fragments)
            writer.removeFiles(notWrittenAmong: staged?.files ?? [])
            for (position, origin) in analysed.origins.enumerated() {
                analysed.analyses[origin].listing = rendered.fragments[position]
            }
            let site = SiteManifest(folder: [], pages: pageKeys, files: writer.written.sorted, digests: writer.written.digests)
            var report = finish(incidents, wroteSite: true)
            // The previous site is kept only when the cache says what it holds.
            try output.commit(jobs: config.jobs, keepingPreviousAt: published == nil ? nil : snapshot.cache?.spareFolder,
                              whilePreviousIsRemoved: { [report, analyses = analysed.analyses] previousKept in
                snapshot.save(report, written: site, spare: previousKept ? published : nil, analyses: analyses, stored: stored)
            })
            report.seconds = elapsedSeconds()  // publishing included
            return report
        } catch {
            output.discard()
            diagnostics.append(Diagnostic(file: config.outputFolder, line: 1, severity: .error, rule: "write-failed", message: "\(error)"))
            return finish(incidents, wroteSite: false)
        }
    }

    /// Analyse (or take from the cache) and collect. Incidents are only `forListings`; those
    /// analysed now are whole in the spill, at `spilled`. `origins` are the positions of the
    /// incidents' analyses among `analyses`.
    private func analyseAndCollect(_ sources: ContentScanner.Result, stamps: [DocumentStamp], stored: StoredAnalyses,
                                   spill: BuildSpill?)
        -> (incidents: [Incident], origins: [Int], analyses: [CachedAnalysis], spilled: [String: Range<Int>],
            diagnostics: [Diagnostic]) {
        let analyses = analyse(sources.files, stamps: stamps, stored: stored, spill: spill)
        // One pass over the outcomes, read in place: each array of them made on the way, and
        // each analysis taken out of the array, copied 10,000 incidents.
        var diagnostics = sources.diagnostics
        var incidents: [Incident] = [], origins: [Int] = []
        incidents.reserveCapacity(analyses.count)
        origins.reserveCapacity(analyses.count)
        for origin in analyses.indices {
            diagnostics += analyses[origin].cached.outcome.diagnostics
            if let incident = analyses[origin].cached.outcome.incident {
                incidents.append(incident)
                origins.append(origin)
            }
        }
        diagnostics += DuplicateSlugs.diagnostics(analyses.lazy.map(\.cached.outcome), contentFolder: config.contentFolder)
        let spilled = analyses.compactMap { analysis in analysis.spilled.map { (analysis.cached.stamp.relativePath, $0) } }
        let order = archiveOrder(&incidents)
        return (order.map { incidents[$0] }, order.map { origins[$0] }, analyses.map(\.cached),
                Dictionary(spilled, uniquingKeysWith: { first, _ in first }), diagnostics)
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

    private func filesByPath(_ files: [SourceFile]) -> [String: SourceFile] {
        Dictionary(files.map { ($0.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private var analyser: DocumentAnalyser {
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
    private func archiveOrder(_ incidents: inout [Incident]) -> [Int] {
        for (index, slug) in Slug.uniqued(incidents.map(\.slug)).enumerated() where slug != incidents[index].slug {
            incidents[index].slug = slug
        }
        // Positions are sorted, reading incidents in place; sorting the incidents themselves
        // moved large values around (each swap retains and releases their strings), and so
        // did passing two of them to each comparison.
        return incidents.indices.sorted { Self.isNewer($0, than: $1, in: incidents) }
    }

    private static func isNewer(_ a: Int, than b: Int, in incidents: [Incident]) -> Bool {
        switch (incidents[a].date, incidents[b].date) {
        case let (x?, y?) where x != y: x > y
        case (_?, nil): true
        case (nil, _?): false
        default: (incidents[a].title, incidents[a].source) < (incidents[b].title, incidents[b].source)
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
