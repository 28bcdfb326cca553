import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCore
@testable import HindsightRender

/// Which theme a build uses: a name under `themes/`, a path, or the default compiled in,
/// with the default filling in, file by file, whatever a theme lacks.
struct ThemeLookupTests {
    private static func embedded(_ path: String) -> String {
        String(decoding: EmbeddedTheme.files[path] ?? [], as: UTF8.self)
    }

    @Test func aSiteWithoutThemesBuildsWithTheEmbeddedDefault() throws {
        let site = try TestSite.fiveDays()
        defer { site.remove() }
        #expect(!site.exists("themes"))
        let report = site.build()
        #expect(report.wroteSite && !report.failed(strict: false), "\(report.diagnostics.filter { $0.severity == .error })")
        #expect(report.incidentCount == 5)
        #expect(site.output("index.html")?.contains("Outage on day 3") == true)
        #expect(site.output(TestSite.page(day: 2))?.contains("<h1") == true)
        #expect(site.output("style.css") == Self.embedded("style.css"))
        #expect(site.output("search.js") == Self.embedded("search.js"))
        #expect(!site.exists("public/archetypes") && !site.exists("public/serve"))
    }

    @Test func aSiteThemeOverridesOneFileAndTheRestComesFromTheDefault() throws {
        var site = try TestSite.fiveDays()
        defer { site.remove() }
        try Fixtures.write("<footer>Acme incident review</footer>\n", to: site.root + "/themes/acme/footer.mustache")
        site.config.theme = "acme"
        let report = site.build()
        #expect(report.wroteSite && !report.failed(strict: false), "\(report.diagnostics.filter { $0.severity == .error })")
        #expect(site.output("index.html")?.contains("<footer>Acme incident review</footer>") == true)
        #expect(site.output("index.html")?.contains("Outage on day 3") == true)
        #expect(site.output("style.css") == Self.embedded("style.css"))
    }

    @Test func theSitesOwnDefaultThemeComesBetweenTheThemeAndTheEmbeddedOne() throws {
        let site = try TestSite()
        defer { site.remove() }
        try Fixtures.write("a", to: site.root + "/themes/acme/a.css")
        try Fixtures.write("b", to: site.root + "/themes/default/a.css")
        try Fixtures.write("b", to: site.root + "/themes/default/b.css")
        let theme = try ThemeLocator.files(theme: "acme", siteRoot: site.root)
        #expect(theme.sources == [.folder(site.root + "/themes/acme"), .folder(site.root + "/themes/default"), .embeddedDefault])
        #expect(theme.file("a.css")?.text == "a")
        #expect(theme.file("b.css")?.text == "b")
        #expect(theme.file("style.css")?.source == .embeddedDefault)
        #expect(theme.file("nothing.css") == nil)
        #expect(try ThemeLocator.files(theme: "default", siteRoot: site.root).sources
                    == [.folder(site.root + "/themes/default"), .embeddedDefault])
    }

    @Test func anUnknownThemeFailsTheBuildNamingWhereItLooked() throws {
        var site = try TestSite.fiveDays()
        defer { site.remove() }
        site.config.theme = "nosuch"
        let report = site.build()
        #expect(!report.wroteSite)
        #expect(!site.exists("public"))
        #expect(report.diagnostics.map(\.formatted)
                    == ["error: no theme “nosuch”: looked in themes/nosuch (from \(site.root)) [theme-missing]"])
    }

    @Test(arguments: ["./looks/acme", "looks/acme", "ABSOLUTE"])
    func aThemeCanBeAPath(path: String) throws {
        var site = try TestSite.fiveDays()
        defer { site.remove() }
        try Fixtures.write("<footer>From a path</footer>\n", to: site.root + "/looks/acme/footer.mustache")
        site.config.theme = path == "ABSOLUTE" ? site.root + "/looks/acme" : path
        let report = site.build()
        #expect(report.wroteSite && !report.failed(strict: false), "\(report.diagnostics.filter { $0.severity == .error })")
        #expect(site.output("index.html")?.contains("<footer>From a path</footer>") == true)
        #expect(site.output("style.css") == Self.embedded("style.css"))
    }

    @Test func aMissingPathThemeNamesThePathAsWritten() throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect {
            try ThemeLocator.files(theme: "./nope", siteRoot: site.root)
        } throws: { error in
            (error as? Theme.LoadError)?.diagnostic.message == "no theme “./nope”: looked in ./nope (from \(site.root))"
        }
        #expect {
            try ThemeLocator.files(theme: "/no/such/theme", siteRoot: site.root)
        } throws: { error in
            (error as? Theme.LoadError)?.diagnostic.message == "no theme “/no/such/theme”: looked in /no/such/theme"
        }
    }

    @Test func aNameIsNotAPath() throws {
        var site = try TestSite.fiveDays()
        defer { site.remove() }
        // `acme` beside the content, not under themes/: a bare name never reaches it.
        try Fixtures.write("<footer>x</footer>\n", to: site.root + "/acme/footer.mustache")
        site.config.theme = "acme"
        #expect(site.build().diagnostics.map(\.rule) == ["theme-missing"])
    }
}
