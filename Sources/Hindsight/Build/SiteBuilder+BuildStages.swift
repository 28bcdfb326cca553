import Foundation
import HindsightCache
import HindsightCore
import HindsightRender
import HindsightWrite

/// The stages only `build` has: preparing the output, analysing with the cache's help,
/// rendering into the staging folder and publishing it.
extension SiteBuilder {
    /// Loads the theme and opens the output folder's staging folder: new, or the spare site
    /// to be updated in place. Nil, with the reason logged, when either is refused.
    func prepare(_ outputPath: String, snapshot: BuildSnapshot, startingFromSpare: Bool,
                 log: inout BuildLog) -> (Theme, OutputDirectory)? {
        do {
            let theme = try Theme(files: snapshot.theme)
            return (theme, try OutputDirectory(path: outputPath, contentFolder: resolve(config.contentFolder),
                                               spare: snapshot.cache?.spareFolder, startFromSpare: startingFromSpare))
        } catch let error as Theme.LoadError {
            log.diagnostics.append(error.diagnostic)
        } catch {
            log.diagnostics.append(Diagnostic(file: config.outputFolder, line: 1, severity: .error, rule: "output-refused",
                                              message: "\(error)"))
        }
        return nil
    }

    /// Analyse (or take from the cache) and collect. Incidents are only `forListings`; those
    /// analysed now are whole in the spill.
    func analyseAndCollect(_ sources: ContentScanner.Result, stamps: [DocumentStamp], stored: StoredAnalyses,
                           spill: BuildSpill?) -> AnalysedArchive {
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
        diagnostics += OverdueFollowUps.diagnostics(incidents, contentFolder: config.contentFolder, policy: config.followUps)
        let spilled = analyses.compactMap { analysis in analysis.spilled.map { (analysis.cached.stamp.relativePath, $0) } }
        let order = archiveOrder(&incidents)
        var ordered = order.map { incidents[$0] }
        diagnostics += ArchiveRelations.relate(&ordered, contentFolder: config.contentFolder, jobs: config.jobs)
        return AnalysedArchive(incidents: ordered, origins: order.map { origins[$0] },
                               analyses: analyses.map(\.cached),
                               spilled: Dictionary(spilled, uniquingKeysWith: { first, _ in first }), diagnostics: diagnostics)
    }

    /// Writes every incident's page (unless kept or reused) and the listings into the staging
    /// folder, removes what the spare site held that this site does not, and returns what
    /// the staging folder now holds. The fragments rendered go into the archive's analyses.
    ///
    /// - Parameters:
    ///   - files: the sources, to analyse again an incident the spill does not hold.
    ///   - staged: what the staging folder started with, when it is the spare site.
    ///   - published: what the output folder holds, when the cache knows.
    func render(_ archive: inout AnalysedArchive, of files: [SourceFile], spill: BuildSpill?, theme: Theme,
                into output: OutputDirectory, staged: SiteManifest?, published: SiteManifest?, snapshot: BuildSnapshot,
                log: inout BuildLog) throws(SiteWriter.Failure) -> SiteManifest {
        let pageKeys = PageKey.keys(archive.incidents, stamps: snapshot.stampsByPath, inputs: snapshot.inputs, jobs: config.jobs)
        let previous = FileManager.default.fileExists(atPath: output.path) ? output.path : nil
        let writer = SiteWriter(root: output.staging, previous: previous, previousDigests: published?.digestsByPath ?? [:])
        let renderer = SiteRenderer(theme: theme, config: config, writer: writer)
        let whole = WholeIncidents(spill: spill, spilled: archive.spilled, files: filesByPath(files), analyser: analyser)
        let rendered = IncidentPages(renderer: renderer, whole: whole)
            .render(archive.incidents, reusing: PageReuse(pageKeys, staged: staged, published: published),
                    kept: archive.keptFragments)
        log.diagnostics += rendered.diagnostics
        try renderer.writeListings(archive.incidents, fragments: rendered.fragments)
        writer.removeFiles(notWrittenAmong: staged?.files ?? [])
        archive.keep(rendered.fragments)
        return SiteManifest(folder: [], pages: pageKeys, files: writer.written.sorted, digests: writer.written.digests)
    }

    /// Moves the staged site into place and saves the cache. The previous site is kept as
    /// the spare only when the cache says what it holds.
    func publish(_ output: OutputDirectory, report: BuildReport, site: SiteManifest, archive: AnalysedArchive,
                 published: SiteManifest?, snapshot: BuildSnapshot, stored: StoredAnalyses) throws {
        try output.commit(jobs: config.jobs, keepingPreviousAt: published == nil ? nil : snapshot.cache?.spareFolder,
                          whilePreviousIsRemoved: { [analyses = archive.analyses] previousKept in
            snapshot.save(incidentCount: report.incidentCount, diagnostics: report.diagnostics, written: site, spare: previousKept ? published : nil, analyses: analyses, stored: stored)
        })
    }
}
