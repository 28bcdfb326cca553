import Foundation
import HindsightCore
import HindsightRender
import HindsightWrite

/// Renders the collected incidents through the theme and writes the site into a folder:
/// one page per incident (with its local images), the index, `incidents.json`, and the
/// theme's static files.
struct SiteRenderer: Sendable {
    let theme: Theme
    let config: SiteConfig
    let writer: SiteWriter

    /// Writes one incident's page with its local images; the problem met, if any.
    func writePage(_ incident: Incident, neighbours: IncidentNeighbours) -> Diagnostic? {
        do {
            try writer.write(theme.render("incident", PageContext.incident(incident, config: config, neighbours: neighbours)),
                             to: incident.url + "index.html")
            for asset in incident.assets {
                try writer.copy(asset.sourcePath, to: incident.url + asset.pagePath)
            }
            return nil
        } catch {
            return Diagnostic(file: Path.join(config.contentFolder, incident.source), line: 1, severity: .error,
                              rule: "write-failed", message: "\(error)")
        }
    }

    /// Links the incident's page and images from the previous site; false when it does not
    /// have them all, and the page must be rendered.
    func reusePage(of incident: Incident) -> Bool {
        pageFiles(of: incident).allSatisfy(writer.reuse)
    }

    /// Keeps the incident's page and images the staging folder already holds; false when it
    /// does not have them all.
    func keepStagedPage(of incident: Incident) -> Bool {
        pageFiles(of: incident).allSatisfy(writer.keep)
    }

    private func pageFiles(of incident: Incident) -> [String] {
        [incident.url + "index.html"] + incident.assets.map { incident.url + $0.pagePath }
    }

    /// Writes the pages made from the archive as a whole in parallel, then the theme's
    /// static files; throws the first failure in the listings' order, so reports stay stable.
    func writeListings(_ incidents: [Incident], fragments: [ListingFragments]) throws(SiteWriter.Failure) {
        let files = ArchivePages(theme: theme, config: config).files(incidents, fragments: fragments)
        if let failure = files.parallelMap(jobs: config.jobs, { $0.write(with: writer) }).compactMap({ $0 }).first {
            throw failure
        }
        for file in theme.staticFiles {
            try writer.write(file.bytes, to: file.relativePath)
        }
    }
}
