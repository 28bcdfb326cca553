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

    public init(config: SiteConfig, siteRoot: String = FileManager.default.currentDirectoryPath) {
        self.config = config
        self.siteRoot = siteRoot
    }

    public func build() -> BuildReport {
        let clock = ContinuousClock.now
        var diagnostics: [Diagnostic] = []
        func finish(_ incidents: [Incident], wroteSite: Bool) -> BuildReport {
            let elapsed = ContinuousClock.now - clock
            return BuildReport(incidents: incidents, diagnostics: sorted(diagnostics),
                               seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                               wroteSite: wroteSite)
        }

        let theme: Theme
        let output: OutputDirectory
        do {
            theme = try Theme(folders: ThemeLocator.folders(theme: config.theme, siteRoot: siteRoot))
            output = try OutputDirectory(path: resolve(config.outputFolder), contentFolder: resolve(config.contentFolder))
        } catch let error as Theme.LoadError {
            diagnostics.append(error.diagnostic)
            return finish([], wroteSite: false)
        } catch {
            diagnostics.append(Diagnostic(file: config.outputFolder, line: 1, severity: .error, rule: "output-refused", message: "\(error)"))
            return finish([], wroteSite: false)
        }

        let (incidents, problems) = read(excluding: [output.path, output.staging])
        diagnostics += problems

        let renderer = SiteRenderer(theme: theme, config: config, writer: SiteWriter(root: output.staging))
        diagnostics += renderer.writePages(incidents)
        do {
            try renderer.writeListings(incidents.map(\.withoutBody))
            try output.commit()
        } catch {
            output.discard()
            diagnostics.append(Diagnostic(file: config.outputFolder, line: 1, severity: .error, rule: "write-failed", message: "\(error)"))
            return finish(incidents, wroteSite: false)
        }
        return finish(incidents, wroteSite: true)
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
        let analyser = DocumentAnalyser(parser: DocumentParser(contentRoot: resolve(config.contentFolder),
                                                               allowUnsafeHTML: config.allowUnsafeHTML),
                                        timezone: config.timezone, linter: Linter(settings: config.rules))
        return files.parallelMap(jobs: config.jobs, analyser.analyse)
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

private extension Incident {
    /// Listings do not need the body; dropping it keeps memory flat on large archives.
    var withoutBody: Incident {
        var copy = self
        copy.bodyHTML = ""
        return copy
    }
}
