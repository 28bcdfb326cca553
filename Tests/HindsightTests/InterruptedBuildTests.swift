import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCache

/// A build killed at any moment leaves the previous site whole (or the new one, once the
/// swap happened), never a mix; the next build repairs everything. The killed build starts
/// from the spare site (two builds before it), so kills also land while it is updated.
@Suite(.enabled(if: CommandLine.executable != nil, "needs the built hindsight executable"))
struct InterruptedBuildTests {
    @Test(arguments: [20, 60, 120, 250, 500])
    func killedBuildLeavesAWholeSite(afterMilliseconds delay: Int) throws {
        let site = try TestSite()
        defer { site.remove() }
        for number in 0..<300 { try site.add("old\(number).md", "# Old outage \(number)\n\nOn 2023-01-0\(number % 9 + 1) it broke.\n") }
        #expect(try CommandLine.run(["build"], in: site.root).status == 0)
        for number in 0..<30 { try site.add("old\(number).md", "# Old outage \(number), revised\n\nOn 2023-01-0\(number % 9 + 1) it broke.\n") }
        #expect(try CommandLine.run(["build"], in: site.root).status == 0)
        let previous = try site.snapshot()
        for number in 0..<300 { try site.add("new\(number).md", "# New outage \(number)\n\nOn 2024-02-0\(number % 9 + 1) it broke.\n") }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(CommandLine.executable))
        process.arguments = ["build", "--jobs", "1"]
        process.currentDirectoryURL = URL(fileURLWithPath: site.root)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: Double(delay) / 1000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        func pages(_ snapshot: [String: Data]) -> Int { snapshot.keys.count { $0.hasPrefix("incidents/") && $0.hasSuffix("/index.html") } }
        let afterKill = try site.snapshot()
        let finished = pages(afterKill) == 600
        #expect(afterKill == previous || finished, "a mix of two sites after a kill at \(delay) ms")

        #expect(try CommandLine.run(["build"], in: site.root).status == 0)
        #expect(pages(try site.snapshot()) == 600)
        #expect(try site.snapshot() == site.coldSnapshot())
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root).filter { $0.hasPrefix(".") && $0 != BuildCache.folderName }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
