import Foundation
import HindsightCache
import HindsightCore
import HindsightRender
import HindsightWrite

/// Builds the site. The pipeline, stage by stage:
///
/// 1. **load**: find the Markdown files under the content folder; when there is none, stop
///    rather than replace a published site with an empty one (`EmptyContentGuard`);
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
        var log = BuildLog(rules: config.rules)
        let outputPath = Path.absolute(resolve(config.outputFolder))
        let theme: ThemeFiles
        do {
            theme = try ThemeLocator.files(theme: config.theme, siteRoot: siteRoot)
        } catch {
            log.diagnostics.append(error.diagnostic)
            return log.report(wroteSite: false)
        }
        let sources = load(excluding: [outputPath, OutputDirectory.staging(for: outputPath)])
        let contentExists = FileManager.default.fileExists(atPath: resolve(config.contentFolder))
        let emptyContent = EmptyContentGuard(config: config, outputPath: outputPath)
        if let refusal = emptyContent.refusal(of: sources, contentExists: contentExists) {
            // The refusal repeats what loading said (`content-missing`) and adds what became of the site.
            log.diagnostics = sources.diagnostics.filter { $0.rule != refusal.rule } + [refusal]
            return log.report(wroteSite: false)
        }
        let snapshot = BuildSnapshot(config: config, siteRoot: siteRoot, theme: theme, outputPath: outputPath, sources: sources,
                                     cache: useCache ? BuildCache(siteRoot: siteRoot, outputFolder: outputPath) : nil)
        if let record = snapshot.upToDateRecord {
            return log.upToDate(record)
        }
        let spare = snapshot.takeSpareManifest()
        guard let (theme, output) = prepare(outputPath, snapshot: snapshot, startingFromSpare: spare != nil, log: &log) else {
            return log.report(wroteSite: false)
        }
        let stored = snapshot.cache?.analyses(inputs: snapshot.inputs, jobs: config.jobs) ?? StoredAnalyses()
        let spill = BuildSpill()
        // A variable, so that the fragments rendered go into its analyses in place.
        var archive = analyseAndCollect(sources, stamps: snapshot.stamps, stored: stored, spill: spill)
        log.diagnostics += archive.diagnostics
        if let warning = emptyContent.emptySiteWarning(for: sources, contentExists: contentExists) {
            log.diagnostics.append(warning)
        }
        let published = FileManager.default.fileExists(atPath: output.path) ? snapshot.publishedManifest() : nil
        do {
            let site = try render(&archive, of: sources.files, spill: spill, theme: theme, into: output,
                                  staged: output.startedFromSpare ? spare : nil, published: published,
                                  snapshot: snapshot, log: &log)
            var report = log.report(archive.incidents, wroteSite: true)
            try publish(output, report: report, site: site, archive: archive, published: published, snapshot: snapshot,
                        stored: stored)
            report.seconds = log.seconds  // publishing included
            return report
        } catch {
            output.discard()
            log.diagnostics.append(Diagnostic(file: config.outputFolder, line: 1, severity: .error, rule: "write-failed",
                                              message: "\(error)"))
            return log.report(archive.incidents, wroteSite: false)
        }
    }

    /// Reads and analyses the content exactly as `build` does, and writes nothing.
    public func check() -> CheckReport {
        let clock = ContinuousClock.now
        let (incidents, found) = read(excluding: [Path.absolute(resolve(config.outputFolder))])
        var diagnostics = found
        // A check that found nothing to check, with nothing said why, must not pass silently in CI.
        if incidents.isEmpty, diagnostics.isEmpty {
            diagnostics.append(Diagnostic(file: config.contentFolder, line: 1, severity: .warning, rule: "content-empty",
                                          message: "the content folder holds no postmortem (no .md or .markdown file); nothing was checked"))
        }
        return CheckReport(documentCount: incidents.count, diagnostics: BuildLog(rules: config.rules).sorted(diagnostics),
                           duration: ContinuousClock.now - clock)
    }
}
