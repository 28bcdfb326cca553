import ArgumentParser
import Foundation
import Hindsight
import HindsightRender
import HindsightServe

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site locally, rebuilt and reloaded as you edit.",
        discussion: """
            Builds the site into the output folder, serves it on http://127.0.0.1:PORT/, and \
            rebuilds when the content folder, the theme or hindsight.yml change; open pages \
            reload by themselves. Build errors are shown on the page. Ctrl-C stops it.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Port to listen on (0: any free port).", valueName: "port"))
    var port: UInt16 = 4000

    @Option(name: .long, help: ArgumentHelp("Address to listen on; 0.0.0.0 opens the preview to the network.", valueName: "address"))
    var bind = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("Folder of Markdown postmortems, searched recursively.", valueName: "dir"))
    var content: String?

    @Option(name: .long, help: ArgumentHelp("Folder to write the site into.", valueName: "dir"))
    var output: String?

    @Flag(name: .customLong("allow-empty"), help: "Let a missing or empty content folder replace a published site with an empty one.")
    var allowEmpty = false

    func run() throws {
        let siteRoot = FileManager.default.currentDirectoryPath
        var options = PreviewServer.Options(siteRoot: siteRoot) { [content, output, allowEmpty] in
            var config = try SiteConfig.load(siteRoot: siteRoot)
            if let content { config.contentFolder = content }
            if let output { config.outputFolder = output }
            config.allowEmpty = config.allowEmpty || allowEmpty
            return config
        }
        options.host = bind
        options.port = port
        let server = PreviewServer(options: options) { diagnostics, summary in
            for diagnostic in diagnostics { printError(diagnostic.formatted) }
            say(summary)
        }
        try ServeCommand.runUntilInterrupted(server, host: bind)
    }

    /// Runs the server until Ctrl-C (or SIGTERM), then shuts it down cleanly.
    private static func runUntilInterrupted(_ server: PreviewServer, host: String) throws {
        let stopped = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        let signals = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                Task {
                    await server.stop()
                    stopped.signal()
                }
            }
            source.resume()
            return source
        }
        Task {
            do {
                let port = try await server.start()
                let shownHost = host.contains(":") ? "[\(host)]" : host
                say("Serving on http://\(shownHost):\(port)/ (Ctrl-C to stop)")
            } catch {
                failure.message = "\(error)"
                await server.stop()
                stopped.signal()
            }
        }
        stopped.wait()
        signals.forEach { $0.cancel() }
        if let message = failure.message {
            printError("error: \(message)")
            throw ExitCode.failure
        }
        say("Stopped.")
    }
}

/// A line on stdout, unbuffered: whoever reads the server's output sees it at once.
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// The start-up error, handed from the server's task to the waiting main thread.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?

    var message: String? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
