import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCore
@testable import HindsightRender

/// Builds the repository's example site (`content/` with `themes/default/`) the way
/// `hindsight build` does, into a temporary folder, and checks what a newcomer would see.
final class ExampleSiteTests {
    /// The package root: this file is `Tests/HindsightTests/ExampleSiteTests.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The example that lives in a subfolder with an image beside it.
    static let imageSource = "2024-11-29-black-friday-search/postmortem.md"

    let folder: String
    let output: String
    let report: BuildReport

    init() throws {
        folder = try Fixtures.temporaryFolder()
        output = folder + "/public"
        var config = Fixtures.config()
        config.outputFolder = output
        report = SiteBuilder(config: config, siteRoot: Self.packageRoot).build()
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func page(_ relative: String) throws -> String {
        try String(contentsOfFile: output + "/" + relative, encoding: .utf8)
    }

    @Test func buildsWithoutErrorsOrWarnings() {
        #expect(report.wroteSite)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.formatted).joined(separator: "\n"))")
        #expect(report.errorCount == 0)
        #expect(report.warningCount == 0)
    }

    @Test func hasSevenIncidents() {
        #expect(report.incidents.count == 7)
    }

    @Test func everyIncidentHasTitleDateAuthorAndTimeline() throws {
        for incident in report.incidents {
            #expect(!incident.title.isEmpty, "\(incident.source)")
            #expect(incident.date != nil, "\(incident.source)")
            #expect(!incident.authors.isEmpty, "\(incident.source)")
            #expect(try page(incident.url + "index.html").contains("id=\"timeline-heading\""), "\(incident.source)")
        }
    }

    @Test func imageIsCopiedNextToItsPage() throws {
        let incident = try #require(report.incidents.first { $0.source == Self.imageSource })
        #expect(incident.assets.map(\.pagePath) == ["diagram.png"])
        let copied = output + "/" + incident.url + "diagram.png"
        let original = Self.packageRoot + "/content/2024-11-29-black-friday-search/diagram.png"
        #expect(FileManager.default.contentsEqual(atPath: copied, andPath: original))
        #expect(try page(incident.url + "index.html").contains("src=\"diagram.png\""))
    }

    @Test func indexLinksEveryIncidentRelatively() throws {
        let index = try page("index.html")
        for incident in report.incidents {
            #expect(!incident.url.hasPrefix("/"))
            #expect(index.contains("href=\"\(incident.url)index.html\""), "\(incident.url)")
            #expect(FileManager.default.fileExists(atPath: output + "/" + incident.url + "index.html"))
        }
        #expect(!index.contains("href=\"/"), "links must be relative to work under any path")
        #expect(!index.contains("src=\"/"))
    }

    @Test func pagesUseTheThemeFilesRelativelyAndRespectTheCSP() throws {
        for file in ["style.css", "favicon.svg"] {
            #expect(FileManager.default.fileExists(atPath: output + "/" + file), "\(file)")
        }
        let pages = ["index.html"] + report.incidents.map { $0.url + "index.html" }
        for relative in pages {
            let html = try page(relative)
            let root = relative == "index.html" ? "" : "../../"
            #expect(html.contains("href=\"\(root)style.css\""), "\(relative)")
            #expect(html.contains("href=\"\(root)favicon.svg\""), "\(relative)")
            #expect(html.contains("Content-Security-Policy"), "\(relative)")
            // The policy forbids inline styles and scripts, and external requests.
            #expect(!html.contains(" style=\""), "\(relative)")
            // Scripts come from the theme's files, never inline.
            let scripts = html.components(separatedBy: "<script").count - 1
            let external = html.components(separatedBy: "<script src=\"\(root)").count - 1
            #expect(scripts > 0 && scripts == external, "\(relative)")
            #expect(html.components(separatedBy: " defer></script>").count - 1 == scripts, "\(relative): scripts are empty and deferred")
            #expect(!html.contains("href=\"\""), "\(relative): an empty value rendered as a link")
        }
    }
}
