import Foundation
import Testing
@testable import HindsightCore

/// The `hindsight` executable as CI runs it: diagnostics on stderr, one summary line, exit codes.
@Suite(.enabled(if: CommandLine.executable != nil, "needs the built hindsight executable"))
struct CommandLineTests {
    @Test func cleanBuildExitsZeroWithOneSummaryLine() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("a.md", CheckFixtures.clean)
        let result = try CommandLine.run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Built 1 incident: 0 warnings, 0 errors in "))
        #expect(result.stderr.isEmpty)
    }

    @Test func errorsGoToStderrAsPathLineColumnAndExitOne() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("a.md", BuildTests.goodDocument)
        try site.add("b.md", "---\ntitle: x\n")
        let result = try CommandLine.run(["build", "--content", "content", "--output", "out"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/b.md:1:1: error: front matter opened on line 1 is never closed"))
        #expect(FileManager.default.fileExists(atPath: site.root + "/out/index.html"))
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("a.md", BuildTests.goodDocument)
        try site.add("empty.md", "")
        #expect(try CommandLine.run(["build"], in: site.root).status == 0)
        #expect(try CommandLine.run(["build", "--strict"], in: site.root).status == 1)
    }

    @Test func usageErrorsExitTwo() throws {
        let result = try CommandLine.run(["build", "--no-such-option"], in: NSTemporaryDirectory())
        #expect(result.status == 2)
        #expect(result.stderr.contains("Unknown option '--no-such-option'"))
    }

    @Test func helpDescribesTheBuildOptions() throws {
        let result = try CommandLine.run(["build", "--help"], in: NSTemporaryDirectory())
        for option in ["--content", "--output", "--theme", "--base-url", "--strict"] {
            #expect(result.stdout.contains(option))
        }
    }
}

enum CommandLine {
    /// The executable SwiftPM built beside the test bundle.
    static let executable: String? = {
        var folder = URL(fileURLWithPath: Swift.CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("hindsight").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in folder: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(executable))
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ProcessInfo.processInfo.environment.merging(["SOURCE_DATE_EPOCH": Fixtures.sourceDateEpoch]) { _, pinned in pinned }
        // Files, not pipes: a child that fills one pipe while we wait on the other would
        // never finish.
        let out = try Fixtures.temporaryFolder() + "/out", err = out + ".err"
        try #require(FileManager.default.createFile(atPath: out, contents: nil))
        try #require(FileManager.default.createFile(atPath: err, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: (out as NSString).deletingLastPathComponent) }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: FileContents.text(atPath: out) ?? "", stderr: FileContents.text(atPath: err) ?? "")
    }
}
