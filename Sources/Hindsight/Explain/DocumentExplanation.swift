import Foundation
import HindsightCore
import HindsightRender

/// `hindsight explain FILE`: one document read exactly as the build reads it and, for each
/// extracted field, its value, where it came from, the readings it was preferred to and the
/// front-matter key that would override it: what an author needs to see why a page says
/// what it says, and how to correct it.
public struct DocumentExplanation: Sendable {
    public let incident: Incident

    /// Reads, parses and extracts the Markdown file at `path` with the site's settings (its
    /// content folder, time zone and rules). A relative path is looked for in `siteRoot`,
    /// then in the content folder.
    ///
    /// - Throws: the diagnostic saying why the file gave no incident (unreadable, binary, empty).
    public init(path: String, config: SiteConfig, siteRoot: String) throws(Theme.LoadError) {
        let builder = SiteBuilder(config: config, siteRoot: siteRoot)
        let file = Self.sourceFile(path, contentFolder: config.contentFolder, builder: builder)
        let outcome = builder.analyser.analyse(file)
        guard let incident = outcome.incident else {
            throw Theme.LoadError(diagnostic: outcome.diagnostics.last ?? Diagnostic(
                file: file.displayPath, line: 1, severity: .error, rule: "file-unreadable", message: "cannot read file"))
        }
        self.incident = incident
    }

    init(incident: Incident) {
        self.incident = incident
    }

    /// Every field in the order of `ExtractedField`, three or four lines each:
    ///
    ///     date: 2024-06-28
    ///       from: text, line 12: a sentence of the opening that says the incident happened that day
    ///       also read: 2024-07-08 (front-matter, line 7: front matter key “date”)
    ///       override with front matter: date
    public var text: String {
        ExtractedField.allCases.flatMap(lines).map { $0 + "\n" }.joined()
    }

    private func lines(_ field: ExtractedField) -> [String] {
        var lines = ["\(field.rawValue): \(incident.text(of: field) ?? "none")"]
        if let choice = incident.evidence[field] {
            lines.append("  from: \(Self.origin(choice.provenance))")
            lines += choice.runnersUp.map { "  also read: \($0.value) (\(Self.origin($0.provenance)))" }
        }
        if field == .timeline {
            lines += incident.timeline.compactMap { entry in
                entry.readAs.map { "  read “\(entry.rawTime)” (line \(entry.line)) as \($0): the times were out of order as written (AM and PM mixed up or left out)" }
            }
        }
        lines.append("  override with front matter: " + (field.overrideKey ?? "none, the timeline is read from the body only"))
        return lines
    }

    /// `text, line 12: a sentence of the opening that says the incident happened that day`.
    private static func origin(_ provenance: Provenance) -> String {
        provenance.source.rawValue + (provenance.line.map { ", line \($0)" } ?? "") + ": " + provenance.detail
    }

    /// The file as the build would see it in the content folder; outside it, the document's
    /// `source` is its file name.
    private static func sourceFile(_ path: String, contentFolder: String, builder: SiteBuilder) -> SourceFile {
        let contentRoot = Path.absolute(builder.resolve(contentFolder))
        let asGiven = Path.absolute(builder.resolve(path))
        let inContent = Path.absolute(Path.join(contentRoot, path))
        let files = FileManager.default
        let (absolute, display) = path.hasPrefix("/") || files.fileExists(atPath: asGiven) || !files.fileExists(atPath: inContent)
            ? (asGiven, path) : (inContent, Path.join(contentFolder, path))
        let relative = Path.isInside(absolute, contentRoot) && absolute != contentRoot
            ? String(absolute.dropFirst(contentRoot.count).drop { $0 == "/" })
            : String(absolute.split(separator: "/").last ?? Substring(absolute))
        return SourceFile(path: absolute, relativePath: relative, displayPath: display)
    }
}
