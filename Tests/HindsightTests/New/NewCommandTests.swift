import Foundation
import Testing

/// `hindsight new` as a person runs it in the site folder.
@Suite(.enabled(if: CommandLine.executable != nil, "needs the built hindsight executable"))
struct NewCommandTests {
    @Test func writesADocumentThatCheckAcceptsAndRefusesToOverwrite() throws {
        let site = try TestSite()
        defer { site.remove() }
        let result = try CommandLine.run(["new", "Orders DB disk full", "--date", "2024-04-20", "--severity", "SEV2",
                                          "--service", "orders", "--service", "db"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "content/2024-04-20-orders-db-disk-full.md\n")
        let written = try String(contentsOfFile: site.root + "/content/2024-04-20-orders-db-disk-full.md", encoding: .utf8)
        #expect(written.contains("title: \"Orders DB disk full\"\ndate: 2024-04-20\n"))
        #expect(written.contains("services: [\"orders\", \"db\"]"))

        let check = try CommandLine.run(["check"], in: site.root)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(!check.stdout.contains("error:"))

        let again = try CommandLine.run(["new", "Orders DB disk full", "--date", "2024-04-20"], in: site.root)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
        #expect(try String(contentsOfFile: site.root + "/content/2024-04-20-orders-db-disk-full.md", encoding: .utf8) == written)
    }

    @Test func authorComesFromGit() throws {
        let site = try TestSite()
        defer { site.remove() }
        for arguments in [["init", "-q"], ["config", "user.name", "Grace Hopper"], ["config", "user.email", "grace@example.com"]] {
            let git = Process()
            git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            git.arguments = ["git"] + arguments
            git.currentDirectoryURL = URL(fileURLWithPath: site.root)
            try git.run()
            git.waitUntilExit()
            try #require(git.terminationStatus == 0, "git is needed for this test")
        }
        let result = try CommandLine.run(["new", "Outage", "--date", "2024-04-20"], in: site.root)
        let written = try String(contentsOfFile: site.root + "/content/2024-04-20-outage.md", encoding: .utf8)
        #expect(result.status == 0)
        #expect(written.contains("author: \"Grace Hopper <grace@example.com>\"\n"))
        // The author is known, so nothing is missing: the unedited prompts are all there is to report.
        let check = try CommandLine.run(["check", "--format", "json"], in: site.root)
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [[String: Any]])
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0["rule"] as? String == "placeholder-left" }, "\(findings)")
    }

    @Test func badDateIsAUsageError() throws {
        let site = try TestSite()
        defer { site.remove() }
        let result = try CommandLine.run(["new", "Outage", "--date", "20/04/2024"], in: site.root)
        #expect(result.status == 2)
        #expect(!site.exists("content/20-04-2024-outage.md"))
    }
}
