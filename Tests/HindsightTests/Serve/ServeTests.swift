import Foundation
import Testing
@testable import Hindsight
@testable import HindsightRender
import HindsightServe

/// `hindsight serve` over real HTTP on a free loopback port; every test stops its server.
@Suite(.timeLimit(.minutes(1)))
struct ServeTests {
    private static let document = CheckFixtures.clean

    /// Starts a preview of `site`, runs `body` with its port, and always stops it.
    private func withPreview(_ site: TestSite, _ body: (LoopbackHTTP) async throws -> Void) async throws {
        var options = PreviewServer.Options(siteRoot: site.root) { [config = site.config] in config }
        options.port = 0
        options.pollInterval = .milliseconds(100)
        let server = PreviewServer(options: options)
        let port = try await server.start()
        do {
            try await body(LoopbackHTTP(port: port))
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    private func siteWithOneIncident() throws -> TestSite {
        let site = try TestSite()
        try site.add("disk.md", Self.document)
        return site
    }

    @Test func servesTheIndexAndAnIncidentPageWithTheLiveReloadScript() async throws {
        let site = try siteWithOneIncident()
        defer { site.remove() }
        try await withPreview(site) { http in
            let index = try await http.get("/")
            #expect(index.status == 200)
            #expect(index.headers["content-type"] == "text/html; charset=utf-8")
            #expect(index.body.contains("Orders database disk full"))
            #expect(index.body.contains("<script src=\"/__hindsight/live-reload.js\"></script>"))

            let page = try await http.get("/incidents/2024-04-20-orders-database-disk-full/")
            #expect(page.status == 200)
            #expect(page.body.contains("WAL archiving had silently failed"))

            let folder = try await http.get("/incidents/2024-04-20-orders-database-disk-full")
            #expect(folder.status == 301)
            #expect(folder.headers["location"] == "/incidents/2024-04-20-orders-database-disk-full/")

            #expect(try await http.get("/style.css").headers["content-type"] == "text/css; charset=utf-8")
            #expect(try await http.get("/incidents.json").headers["content-type"] == "application/json")
            #expect(try await http.get("/__hindsight/live-reload.js").headers["content-type"] == "text/javascript; charset=utf-8")
        }
    }

    @Test func missingPathsGetThe404Page() async throws {
        let site = try siteWithOneIncident()
        defer { site.remove() }
        try await withPreview(site) { http in
            let missing = try await http.get("/incidents/nothing-here/")
            #expect(missing.status == 404)
            #expect(missing.body.contains("Not found"))
            #expect(try await http.get("/__hindsight/secrets.txt").status == 404)
        }
    }

    @Test(arguments: ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/incidents/..%2f..%2f..%2fetc%2fpasswd",
                      "/%252e%252e/%252e%252e/etc/passwd", "/..\\..\\etc\\passwd", "/incidents/%2E%2E/%2E%2E/hindsight.yml"])
    func refusesPathTraversal(target: String) async throws {
        let site = try siteWithOneIncident()
        defer { site.remove() }
        try Fixtures.write("secret: yes\n", to: site.root + "/hindsight.yml")
        try await withPreview(site) { http in
            let response = try await http.get(target)
            #expect(response.status == 403)
            #expect(!response.body.contains("root:"))
            #expect(!response.body.contains("secret"))
        }
    }

    @Test func rebuildsAfterAContentChangeWithinTwoSeconds() async throws {
        let site = try siteWithOneIncident()
        defer { site.remove() }
        try await withPreview(site) { http in
            try site.add("disk.md", Self.document.replacingOccurrences(of: "Orders database disk full", with: "Orders disk filled up again"))
            let deadline = ContinuousClock.now + .seconds(2)
            var index = try await http.get("/")
            while !index.body.contains("Orders disk filled up again"), ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(50))
                index = try await http.get("/")
            }
            #expect(index.body.contains("Orders disk filled up again"))
        }
    }

    @Test func openPagesAreToldToReload() async throws {
        let site = try siteWithOneIncident()
        defer { site.remove() }
        try await withPreview(site) { http in
            let events = try await http.readEvents(until: { $0.contains("data: 2") }) {
                try site.add("another.md", "# Another outage\n")
            }
            #expect(events.contains("content-type: text/event-stream") || events.contains("Content-Type: text/event-stream"))
            #expect(events.contains("event: build\ndata: 1\n\n"))
            #expect(events.contains("event: build\ndata: 2\n\n"))
        }
    }

    @Test func aBrokenDocumentShowsItsErrorOnThePage() async throws {
        let site = try siteWithOneIncident()
        defer { site.remove() }
        try site.add("broken.md", "---\ntitle: [unclosed\n---\n# Broken\n")
        try await withPreview(site) { http in
            let index = try await http.get("/")
            #expect(index.status == 200)
            #expect(index.body.contains("hindsight-build-errors"))
            #expect(index.body.contains("content/broken.md:3:1: error: front matter is not valid YAML"))
        }
    }

    /// The error bar closes with a button that the served script handles: the pages'
    /// Content-Security-Policy (`script-src 'self'; style-src 'self'`) runs no inline code.
    @Test func theErrorBarHasACloseButtonThatWorksUnderThePagesPolicy() async throws {
        let site = try siteWithOneIncident()
        defer { site.remove() }
        try site.add("broken.md", "---\ntitle: [unclosed\n---\n# Broken\n")
        try await withPreview(site) { http in
            let index = try await http.get("/").body
            #expect(index.contains("Content-Security-Policy\" content=\"default-src 'none'"))
            let bar = try #require(index.range(of: "<aside class=\"hindsight-build-errors\"").map { String(index[$0.lowerBound...]) })
            let panel = try #require(bar.range(of: "</aside>").map { String(bar[..<$0.upperBound]) })
            #expect(panel.contains("<button type=\"button\" class=\"hindsight-build-errors-close\" aria-label=\"Close\""))
            #expect(panel.contains("<li>content/broken.md:3:1: error: front matter is not valid YAML"))
            for inline in ["onclick", "style=", "<script"] { #expect(!panel.contains(inline)) }
            let script = try await http.get("/__hindsight/live-reload.js").body
            #expect(script.contains(".hindsight-build-errors-close"))
            #expect(try await http.get("/__hindsight/live-reload.css").body.contains("max-height: 30vh"))
        }
    }

    @Test func stopsAndFreesThePort() async throws {
        let site = try siteWithOneIncident()
        defer { site.remove() }
        var port: UInt16 = 0
        try await withPreview(site) { (http: LoopbackHTTP) async throws in
            port = http.port
            #expect(try await http.get("/").status == 200)
        }
        await #expect(throws: LoopbackHTTP.Failure.self) { _ = try await LoopbackHTTP(port: port, timeout: 1).get("/") }
    }

    @Test func aTakenPortIsReportedAtOnce() async throws {
        let site = try siteWithOneIncident()
        defer { site.remove() }
        try await withPreview(site) { (http: LoopbackHTTP) async throws in
            var options = PreviewServer.Options(siteRoot: site.root) { [config = site.config] in config }
            options.port = http.port
            let second = PreviewServer(options: options)
            await #expect(throws: PreviewServer.Failure.self) { try await second.start() }
            await second.stop()
        }
    }

    @Test func serveOnlyFilesStayOutOfTheBuiltSite() throws {
        let site = try siteWithOneIncident()
        defer { site.remove() }
        #expect(site.build().wroteSite)
        #expect(site.output("serve/live-reload.js") == nil)
        #expect(site.output("live-reload.js") == nil)
        #expect(site.output("index.html")?.contains("live-reload") == false)
    }
}
