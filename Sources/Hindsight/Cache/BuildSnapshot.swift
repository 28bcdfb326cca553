/// The state of a build's inputs, compared with what the cache recorded of the last build:
/// whether anything changed at all, and which previous pages can be reused.
struct BuildSnapshot: Sendable {
    let cache: BuildCache?
    let themeFolders: [String]
    let stamps: [DocumentStamp]
    let stampsByPath: [String: DocumentStamp]
    /// `BuildInputs.fingerprint`.
    let inputs: UInt64
    /// The inputs, every document's stamp and what scanning the content folder reported.
    let site: UInt64
    let outputPath: String
    let jobs: Int
    /// The last successful build's record, when it was made for this output folder.
    let record: BuildRecord?

    init(config: SiteConfig, siteRoot: String, outputPath: String, sources: ContentScanner.Result, cache: BuildCache?) {
        self.cache = cache
        self.outputPath = outputPath
        jobs = config.jobs
        themeFolders = ThemeLocator.folders(theme: config.theme, siteRoot: siteRoot)
        stamps = DocumentStamp.stamps(of: sources.files, jobs: config.jobs)
        stampsByPath = Dictionary(stamps.map { ($0.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
        let contentRoot = config.contentFolder.hasPrefix("/") ? config.contentFolder : Path.join(siteRoot, config.contentFolder)
        inputs = BuildInputs.fingerprint(config: config, contentRoot: Path.absolute(contentRoot), outputRoot: outputPath,
                                         themeFolders: themeFolders, otherContentFiles: sources.otherFiles)
        var hasher = StableHasher()
        hasher.combine(BuildRecord.site(inputs: inputs, stamps: stamps))
        sources.diagnostics.forEach { hasher.combine($0.formatted) }
        site = hasher.value
        let record = cache?.record()
        self.record = record?.output == OutputIdentity.current(of: outputPath) ? record : nil
    }

    /// The record, when nothing changed since it was written and its site is still published.
    var upToDateRecord: BuildRecord? {
        record?.site == site ? record : nil
    }

    /// The positions of the incidents whose page is the same as in the published site.
    func reusablePages(_ keys: [BuildRecord.PageKey], previousOutput: String?) -> Set<Int> {
        guard let record, record.inputs == inputs, previousOutput == outputPath else { return [] }
        let previous = Dictionary(record.pages.map { ($0.url, $0.key) }, uniquingKeysWith: { first, _ in first })
        return Set(keys.indices.filter { previous[keys[$0].url] == keys[$0].key })
    }

    /// Records a successful build, once its site is published.
    func save(_ report: BuildReport, pageKeys: [BuildRecord.PageKey], analyses: [CachedAnalysis], stored: StoredAnalyses) {
        guard let cache, let output = OutputIdentity.current(of: outputPath) else { return }
        let record = BuildRecord(inputs: inputs, site: site, output: output, incidentCount: report.incidentCount,
                                 diagnostics: report.diagnostics, pages: pageKeys)
        cache.save(record, analyses: analyses, stored: stored, inputs: inputs, jobs: jobs)
    }
}
