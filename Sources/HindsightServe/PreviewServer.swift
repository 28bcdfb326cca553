import FlyingFox
import FlyingSocks
import Foundation
import Hindsight
import HindsightCore
import HindsightRender

/// `hindsight serve`: builds the site, serves it over HTTP, rebuilds when the content, the
/// theme or `hindsight.yml` change, and tells open pages to reload.
public actor PreviewServer {
    public struct Options: Sendable {
        public var siteRoot: String
        /// An IPv4 or IPv6 address; loopback unless the user asks for more.
        public var host = "127.0.0.1"
        /// 0 picks a free port.
        public var port: UInt16 = 4000
        /// How often the watcher looks for changes.
        public var pollInterval: Duration = .milliseconds(250)
        /// Read afresh before every build, so edits to `hindsight.yml` apply.
        public var loadConfig: @Sendable () throws -> SiteConfig

        public init(siteRoot: String, loadConfig: @escaping @Sendable () throws -> SiteConfig) {
            self.siteRoot = siteRoot
            self.loadConfig = loadConfig
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public init(description: String) { self.description = description }
        public var description: String
    }

    private let options: Options
    private let state = PreviewState()
    private var server: HTTPServer?
    private var tasks: [Task<Void, Never>] = []
    /// Called after every build with its diagnostics and summary, for the terminal.
    private let onBuild: @Sendable ([Diagnostic], String) -> Void

    public init(options: Options, onBuild: @escaping @Sendable ([Diagnostic], String) -> Void = { _, _ in }) {
        self.options = options
        self.onBuild = onBuild
    }

    /// Builds once, starts listening and watching; returns the port it listens on.
    @discardableResult
    public func start() async throws -> UInt16 {
        let config = try options.loadConfig()
        // Taken before the first build, so that an edit made during it triggers another.
        let snapshot = watchedSnapshot()
        await rebuild()
        let output = try Self.createdFolder(options.resolve(config.outputFolder))
        let server = HTTPServer(address: try address(), logger: .disabled)
        await server.appendRoute("GET /__hindsight/events") { [state] _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                         body: HTTPBodySequence(from: EventStream(generations: await state.generations())))
        }
        await server.appendRoute("GET /__hindsight/*", to: ThemeFileHandler(options: options))
        await server.appendRoute("GET *", to: SiteFileHandler(root: output, state: state))
        self.server = server
        tasks.append(Task {
            do { try await server.run() } catch { self.runFailure = error }
        })
        let port = try await listeningPort(of: server)
        tasks.append(Task { await self.watch(from: snapshot) })
        return port
    }

    /// Why the server stopped running (the port was taken, say), if it did.
    private var runFailure: (any Error)?

    /// Waits for the server to listen, or to fail to: a taken port is reported at once.
    private func listeningPort(of server: HTTPServer) async throws -> UInt16 {
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            switch await server.listeningAddress {
            case .ip4(_, let port)?, .ip6(_, let port)?: return port
            default: break
            }
            if let runFailure { throw Failure(description: "cannot listen on \(options.host):\(options.port): \(runFailure)") }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw Failure(description: "the server did not start listening within 10 seconds")
    }

    /// Stops watching, ends the live-reload streams and closes the server.
    public func stop() async {
        for task in tasks { task.cancel() }
        await state.finish()
        await server?.stop(timeout: 1)
        for task in tasks { await task.value }
        tasks = []
    }

    private func watch(from start: FileSnapshot) async {
        var snapshot = start
        while !Task.isCancelled {
            try? await Task.sleep(for: options.pollInterval)
            let current = watchedSnapshot()
            guard current != snapshot else { continue }
            snapshot = current
            await rebuild()
        }
    }

    private func watchedSnapshot() -> FileSnapshot {
        let config = (try? options.loadConfig()) ?? SiteConfig()
        // A theme not found yet: watch `themes/`, where it may appear. The compiled-in
        // default theme cannot change while serving, so only folders are watched.
        let themes = (try? ThemeLocator.files(theme: config.theme, siteRoot: options.siteRoot))?.folders
            ?? [options.resolve("themes")]
        return FileSnapshot(paths: [options.resolve(config.contentFolder), options.resolve(SiteConfig.fileName)] + themes)
    }

    /// A failed build keeps serving the previous site, with the errors on every page.
    private func rebuild() async {
        let diagnostics: [Diagnostic]
        do {
            let config = try options.loadConfig()
            let siteRoot = options.siteRoot
            let report = await Task.detached { SiteBuilder(config: config, siteRoot: siteRoot).build() }.value
            diagnostics = report.diagnostics
            onBuild(diagnostics, report.summaryLine)
        } catch {
            let problem = (error as? Theme.LoadError)?.diagnostic
                ?? Diagnostic(file: SiteConfig.fileName, line: 1, severity: .error, rule: "config-invalid", message: "\(error)")
            diagnostics = [problem]
            onBuild(diagnostics, "Not built: \(SiteConfig.fileName) has an error")
        }
        await state.rebuilt(errors: diagnostics.filter { $0.severity == .error })
    }

    private func address() throws -> any SocketAddress {
        do {
            return options.host.contains(":")
                ? try sockaddr_in6.inet6(ip6: options.host, port: options.port)
                : try sockaddr_in.inet(ip4: options.host, port: options.port)
        } catch {
            throw Failure(description: "cannot listen on \(options.host): not an IP address")
        }
    }

    private static func createdFolder(_ path: String) throws -> String {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }
}

extension PreviewServer.Options {
    /// A path from `hindsight.yml` or the command line, against the site folder.
    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : siteRoot + "/" + path
    }
}
