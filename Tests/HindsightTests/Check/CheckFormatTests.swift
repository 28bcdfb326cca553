import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCore

struct CheckFormatTests {
    private let report = CheckReport(documentCount: 2, diagnostics: [
        Diagnostic(file: "content/a.md", line: 3, severity: .error, rule: "broken-local-link", message: "links to x.png, which does not exist"),
        Diagnostic(file: "content/b, c.md", line: 7, column: 4, severity: .warning, rule: "no-author", message: "50% done:\nsee"),
    ], duration: .seconds(1))

    @Test func textIsPathLineColumnThenACount() {
        #expect(CheckFormat.text.render(report) == """
            content/a.md:3:1: error: links to x.png, which does not exist [broken-local-link]
            content/b, c.md:7:4: warning: 50% done:
            see [no-author]
            Checked 2 documents: 1 warning, 1 error

            """)
    }

    @Test func githubIsOneWorkflowCommandPerFindingWithEscapes() {
        let lines = CheckFormat.github.render(report).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines == [
            "::error file=content/a.md,line=3,col=1,title=broken-local-link::links to x.png, which does not exist",
            "::warning file=content/b%2C c.md,line=7,col=4,title=no-author::50%25 done:%0Asee",
            "Checked 2 documents: 1 warning, 1 error",
            "",
        ])
    }

    @Test func jsonIsOneArrayOfFindings() throws {
        let data = Data(CheckFormat.json.render(report).utf8)
        let findings = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(findings.count == 2)
        #expect(findings[0]["file"] as? String == "content/a.md")
        #expect(findings[0]["line"] as? Int == 3)
        #expect(findings[0]["column"] as? Int == 1)
        #expect(findings[0]["severity"] as? String == "error")
        #expect(findings[0]["rule"] as? String == "broken-local-link")
        #expect(findings[1]["message"] as? String == "50% done:\nsee")
    }

    @Test func jsonOfNoFindingsIsAnEmptyArray() {
        let clean = CheckReport(documentCount: 1, diagnostics: [], duration: .zero)
        #expect(CheckFormat.json.render(clean).filter { !$0.isWhitespace } == "[]")
    }
}
