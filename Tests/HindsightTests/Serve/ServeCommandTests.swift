import Foundation
import Testing
@testable import HindsightRender

/// `hindsight serve` as a person runs it: it says where it listens, and Ctrl-C stops it cleanly.
@Suite(.enabled(if: CommandLine.executable != nil, "needs the built hindsight executable"), .timeLimit(.minutes(1)))
struct ServeCommandTests {
    @Test func ctrlCStopsTheServerCleanly() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("a.md", CheckFixtures.clean)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(CommandLine.executable))
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = URL(fileURLWithPath: site.root)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        let listening = try await Self.readLine(from: output, startingWith: "Serving on http://127.0.0.1:")
        let port = try #require(UInt16(listening.split(separator: ":").last?.prefix { $0.isNumber } ?? ""))
        #expect(try await LoopbackHTTP(port: port).get("/").status == 200)

        process.interrupt()
        let deadline = ContinuousClock.now + .seconds(10)
        while process.isRunning, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!process.isRunning)
        #expect(process.terminationStatus == 0)
        let rest = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(rest.contains("Stopped."))
    }

    /// Reads lines until one starts with `prefix`, for at most ten seconds.
    private static func readLine(from pipe: Pipe, startingWith prefix: String) async throws -> String {
        let deadline = ContinuousClock.now + .seconds(10)
        var text = ""
        while ContinuousClock.now < deadline {
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) { return String(line) }
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { try await Task.sleep(for: .milliseconds(50)) }
            text += String(decoding: chunk, as: UTF8.self)
        }
        throw LoopbackHTTP.Failure(reason: "the server never said \(prefix); it said \(text)")
    }
}
