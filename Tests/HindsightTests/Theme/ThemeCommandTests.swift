import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCore
@testable import HindsightRender

/// `--theme`, `theme:`, `hindsight theme export` and `--version`, as a person runs them.
@Suite(.enabled(if: CommandLine.executable != nil, "needs the built hindsight executable"))
struct ThemeCommandTests {
    @Test func anUnknownThemeOnTheCommandLineIsAUsageError() throws {
        let site = try TestSite.fiveDays()
        defer { site.remove() }
        let result = try CommandLine.run(["build", "--theme", "nosuch"], in: site.root)
        #expect(result.status == 2)
        #expect(result.stderr == "error: no theme “nosuch”: looked in themes/nosuch (from \(site.root)) [theme-missing]\n")
        #expect(!site.exists("public"))
    }

    @Test func anUnknownThemeInTheSettingsFailsTheBuild() throws {
        let site = try TestSite.fiveDays()
        defer { site.remove() }
        try Fixtures.write("theme: nosuch\n", to: site.root + "/hindsight.yml")
        for arguments in [["build"], ["new", "Disk full"]] {
            let result = try CommandLine.run(arguments, in: site.root)
            #expect(result.status == 1)
            #expect(result.stderr.contains("error: no theme “nosuch”: looked in themes/nosuch (from \(site.root)) [theme-missing]\n"))
        }
        #expect(try CommandLine.run(["build", "--theme", "default"], in: site.root).status == 0, "the option wins")
    }

    @Test func exportWritesTheDefaultThemeAndRefusesToOverwrite() throws {
        let site = try TestSite()
        defer { site.remove() }
        let result = try CommandLine.run(["theme", "export"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == EmbeddedTheme.paths.map { "themes/custom/\($0)\n" }.joined())
        #expect(result.stderr.contains("--theme custom"))
        for path in EmbeddedTheme.paths {
            #expect(RawFile.bytes(atPath: site.root + "/themes/custom/" + path) == EmbeddedTheme.files[path])
        }

        try Fixtures.write("mine", to: site.root + "/themes/custom/footer.mustache")
        let again = try CommandLine.run(["theme", "export"], in: site.root)
        #expect(again.status == 1)
        #expect(again.stdout.isEmpty)
        #expect(again.stderr.contains("already exist; not overwriting them (--force does)"))
        #expect(FileContents.text(atPath: site.root + "/themes/custom/footer.mustache") == "mine")

        #expect(try CommandLine.run(["theme", "export", "--force"], in: site.root).status == 0)
        #expect(RawFile.bytes(atPath: site.root + "/themes/custom/footer.mustache") == EmbeddedTheme.files["footer.mustache"])
    }

    @Test func anExportedThemeBuildsTheSameSite() throws {
        let site = try TestSite.fiveDays()
        defer { site.remove() }
        #expect(try CommandLine.run(["theme", "export", "looks"], in: site.root).status == 0)
        #expect(try CommandLine.run(["build", "--output", "embedded"], in: site.root).status == 0)
        let build = try CommandLine.run(["build", "--theme", "./looks", "--output", "exported"], in: site.root)
        #expect(build.status == 0, "\(build.stderr)")
        let embedded = try TestSite.files(in: site.root + "/embedded"), exported = try TestSite.files(in: site.root + "/exported")
        #expect(!embedded.isEmpty && embedded == exported)
    }

    @Test func versionPrintsTheGeneratorsVersion() throws {
        let result = try CommandLine.run(["--version"], in: NSTemporaryDirectory())
        #expect(result.status == 0)
        #expect(result.stdout == Generator.version + "\n")
    }
}
