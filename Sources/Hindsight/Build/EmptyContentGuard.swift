import Foundation
import HindsightCore
import HindsightRender
import HindsightWrite

/// Keeps a build that found no postmortem from replacing a published site.
///
/// A mistyped `--content`, or a content folder emptied by a bad checkout, used to publish an
/// empty site in place of the archive: the build reported `content-missing` and swapped the
/// folders anyway. Such a build now stops before it touches anything (the output folder,
/// the spare site, the cache), unless `allowEmpty` says the empty site is wanted.
///
/// Only a site that lists incidents is protected: a new site, or one that was empty
/// already, loses nothing, so an empty content folder still builds an empty site there.
struct EmptyContentGuard {
    let config: SiteConfig
    /// The output folder, absolute.
    let outputPath: String

    /// What the build should report instead of publishing, when it must not publish.
    ///
    /// - Parameters:
    ///   - sources: what loading the content folder found.
    ///   - contentExists: whether the content folder exists at all.
    func refusal(of sources: ContentScanner.Result, contentExists: Bool) -> Diagnostic? {
        guard sources.files.isEmpty, !config.allowEmpty, holdsPublishedIncidents else { return nil }
        let kept = "the published site in \(config.outputFolder)/ was left as it was; build with --allow-empty (or `allow_empty: true` in hindsight.yml) to replace it with an empty site"
        return contentExists
            ? Diagnostic(file: config.contentFolder, line: 1, severity: .error, rule: "content-empty",
                         message: "the content folder holds no postmortem (no .md or .markdown file); \(kept)")
            : Diagnostic(file: config.contentFolder, line: 1, severity: .error, rule: "content-missing",
                         message: "content folder does not exist; \(kept)")
    }

    /// The warning of a build that publishes an empty site, because it may or was asked to.
    func emptySiteWarning(for sources: ContentScanner.Result, contentExists: Bool) -> Diagnostic? {
        guard sources.files.isEmpty, contentExists else { return nil }
        return Diagnostic(file: config.contentFolder, line: 1, severity: .warning, rule: "content-empty",
                          message: "the content folder holds no postmortem (no .md or .markdown file); the site is empty")
    }

    /// Whether the output folder is a site Hindsight published (it carries the marker) with
    /// at least one incident page.
    private var holdsPublishedIncidents: Bool {
        let manager = FileManager.default
        guard manager.fileExists(atPath: Path.join(outputPath, OutputDirectory.markerName)) else { return false }
        let pages = (try? manager.contentsOfDirectory(atPath: Path.join(outputPath, Incident.pagesFolder))) ?? []
        return !pages.isEmpty
    }
}
