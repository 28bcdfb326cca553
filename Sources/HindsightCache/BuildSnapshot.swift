import HindsightCore
import HindsightRender

/// The state of a build's inputs, compared with what the cache recorded of the last build:
/// whether anything changed at all, and what the published and spare sites hold.
package struct BuildSnapshot: Sendable {
    package let cache: BuildCache?
    package let theme: ThemeFiles
    package let stamps: [DocumentStamp]
    package let stampsByPath: [String: DocumentStamp]
    /// The stamps whose documents' status is settled, for the next build.
    private let settled: [KnownStamps.Entry]
    /// `BuildInputs.fingerprint`.
    package let inputs: UInt64
    /// The inputs, every document's stamp and what scanning the content folder reported.
    let site: UInt64
    let outputPath: String
    let jobs: Int
    /// The last successful build's record, when it was made for this output folder.
    let record: BuildRecord?

    package init(config: SiteConfig, siteRoot: String, theme: ThemeFiles, outputPath: String, sources: ContentScanner.Result, cache: BuildCache?) {
        self.cache = cache
        self.outputPath = outputPath
        jobs = config.jobs
        self.theme = theme
        let stamped = DocumentStamp.stamps(of: sources.files, known: cache?.knownStamps() ?? KnownStamps(), jobs: config.jobs)
        stamps = stamped.map(\.stamp)
        settled = stamped.compactMap { stamped in stamped.status.map { KnownStamps.Entry(stamp: stamped.stamp, status: $0) } }
        stampsByPath = Dictionary(stamps.map { ($0.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
        let contentRoot = config.contentFolder.hasPrefix("/") ? config.contentFolder : Path.join(siteRoot, config.contentFolder)
        inputs = BuildInputs.fingerprint(config: config, contentRoot: Path.absolute(contentRoot), outputRoot: outputPath,
                                         theme: theme, otherContentFiles: sources.otherFiles)
        var hasher = StableHasher()
        hasher.combine(BuildRecord.site(inputs: inputs, stamps: stamps))
        sources.diagnostics.forEach { hasher.combine($0.formatted) }
        // The follow-ups pages and `follow-up-overdue` change with the day, not the documents:
        // a new day makes the site out of date, while analyses and incident pages stay valid.
        hasher.combine(config.followUps.referenceDay.description)
        hasher.combine(config.followUps.followUpDays)
        site = hasher.value
        let record = cache?.record()
        self.record = record?.output == OutputIdentity.current(of: outputPath) ? record : nil
    }

    /// The record, when nothing changed since it was written and its site is still published.
    package var upToDateRecord: BuildRecord? {
        record?.site == site ? record : nil
    }

    /// What the output folder holds, when the cache knows (it was made for that folder).
    package func publishedManifest() -> SiteManifest? {
        guard let cache, let manifest = cache.manifest(.published),
              manifest.folder == OutputIdentity.current(of: outputPath) else { return nil }
        return manifest
    }

    /// What the spare site holds, when the cache knows; the manifest is deleted as it is
    /// read, since the build is about to change the folder (see `OutputDirectory`).
    package func takeSpareManifest() -> SiteManifest? {
        guard let cache else { return nil }
        defer { cache.forget(.spare) }
        guard let manifest = cache.manifest(.spare),
              manifest.folder == OutputIdentity.current(of: cache.spareFolder) else { return nil }
        return manifest
    }

    /// Records a successful build once its site is published: its incident count and
    /// diagnostics, to report again when nothing changes; `written` is what it wrote, `spare`
    /// what the previous site held, when it was kept as the spare.
    package func save(incidentCount: Int, diagnostics: [Diagnostic], written: SiteManifest, spare: SiteManifest?,
              analyses: [CachedAnalysis], stored: StoredAnalyses) {
        guard let cache, let output = OutputIdentity.current(of: outputPath) else { return }
        let record = BuildRecord(inputs: inputs, site: site, output: output, incidentCount: incidentCount, diagnostics: diagnostics)
        cache.save(record, analyses: analyses, stored: stored, inputs: inputs, jobs: jobs)
        cache.save(KnownStamps(settled))
        var published = written
        published.folder = output
        cache.save(published, as: .published)
        if var spare, let folder = OutputIdentity.current(of: cache.spareFolder) {
            spare.folder = folder
            cache.save(spare, as: .spare)
        }
    }
}
