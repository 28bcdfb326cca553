import Testing
@testable import HindsightCore
@testable import HindsightRender

/// cmark-gfm switches its extensions' characters on and off in a global table while it
/// parses: documents parsed on several threads at once must still come out as they do alone.
@Suite struct ParallelParsingTests {
    /// Tables (whose rows toggle the table), autolinks and strikethrough, which need the
    /// toggled characters, in the same document.
    private static let document = """
        | Time | Event |
        |---|---|
        | 10:00 | See https://status.example.com and ~~wrong~~ www.example.org |
        | 10:05 | Mail ops@example.com |

        Last merge was 5 hours ago. https://github.com/example/repo/commits/main
        ~~Rolled back~~ at 10:30, see www.example.com/runbook.

        """

    @Test func documentsParsedAtOnceMatchOneParsedAlone() {
        let alone = MarkdownDocument(parsing: Self.document).html
        #expect(alone.contains("<a href=\"https://github.com/example/repo/commits/main\">"))
        #expect(alone.contains("<del>Rolled back</del>"))
        let together = Array(repeating: Self.document, count: 2_000).parallelMap(jobs: 4) { MarkdownDocument(parsing: $0).html }
        #expect(together.filter { $0 != alone }.count == 0)
    }
}
