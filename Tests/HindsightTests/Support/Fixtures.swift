import Foundation
@testable import Hindsight
@testable import HindsightCore
@testable import HindsightRender

/// Builds test inputs: in-memory documents and temporary folders.
enum Fixtures {
    /// The day tests count follow-ups' ages and lateness to, so that they do not depend on
    /// when they run: 2024-06-01, as `SOURCE_DATE_EPOCH` gives it to the `hindsight` command.
    /// No follow-up of the example site or of `CheckFixtures.clean` is overdue on that day.
    static let referenceDay = CalendarDate(year: 2024, month: 6, day: 1)!
    static let sourceDateEpoch = "1717200000"

    /// Site settings as a site would have them, the follow-ups' reference day pinned.
    static func config() -> SiteConfig {
        var config = SiteConfig()
        config.followUps.referenceDay = referenceDay
        return config
    }

    /// Parses and extracts `markdown` as if it were the file `name` in a content folder.
    static func incident(_ markdown: String, name: String = "doc.md") -> Incident {
        IncidentExtractor.extract(parsed(markdown, name: name))
    }

    static func parsed(_ markdown: String, name: String = "doc.md", allowUnsafeHTML: Bool = false) -> ParsedDocument {
        let file = SourceFile(path: "/nonexistent/content/" + name, relativePath: name, displayPath: "content/" + name)
        return DocumentParser(contentRoot: "/nonexistent/content", allowUnsafeHTML: allowUnsafeHTML).parse(markdown, file: file)
    }

    /// A fresh, empty temporary folder, removed by the caller (or left to the OS).
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "hindsight-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}

/// The real postmortems in `../shared/corpus/`, when the checkout has them beside it.
enum Corpus {
    static let root: String? = {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus").path
        return FileManager.default.fileExists(atPath: corpus) ? corpus : nil
    }()

    static var isAvailable: Bool { root != nil }

    static func folder(_ name: String) -> String? { root.map { $0 + "/" + name } }

    /// The seed postmortem, extracted: several suites check it against the issues' figures.
    static func seedIncident() throws -> Incident {
        Fixtures.incident(try text("seed/postmortem.md"), name: "postmortem.md")
    }

    static func text(_ relative: String) throws -> String {
        try String(contentsOfFile: (root ?? "/nonexistent") + "/" + relative, encoding: .utf8)
    }

    /// The hand-made expected extractions in `labels/`, by labelled file (`holberton/001.md`).
    static func labels() throws -> [String: [String: Any]] {
        guard let folder = folder("labels") else { return [:] }
        var labels: [String: [String: Any]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".json") {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
            if let label = try JSONSerialization.jsonObject(with: data) as? [String: Any], let file = label["file"] as? String {
                labels[file] = label
            }
        }
        return labels
    }
}
