import Foundation
import Testing
@testable import Hindsight
@testable import HindsightCore

/// TOML front matter (`+++`), read by TOMLKit: the whole of TOML 1.0, its typed values as the
/// text the rest of Hindsight reads, and each key at its file line.
@Suite struct TOMLFrontMatterTests {
    /// The front matter of a document whose `+++` block holds `toml`.
    private func frontMatter(_ toml: String) throws -> FrontMatter {
        let document = Fixtures.parsed("+++\n" + toml + "\n+++\nBody\n")
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.formatted))")
        return try #require(document.frontMatter)
    }

    @Test func basicStringEscapesAreDecodedOnceEach() throws {
        let fields = try frontMatter(#"""
            newline = "a\nb"
            backslash_then_n = "a\\nb"
            two_backslashes = "\\\\"
            quote = "say \"hi\""
            tab = "a\tb"
            unicode = "caf\u00E9 \U0001F525"
            """#)
        #expect(fields.text("newline") == "a\nb")
        // `\\` is one backslash, and the `n` after it stays a letter.
        #expect(fields["backslash_then_n"]?.text == #"a\nb"#)
        #expect(fields["two_backslashes"]?.text == #"\\"#)
        #expect(fields.text("quote") == #"say "hi""#)
        #expect(fields["tab"]?.text == "a\tb")
        #expect(fields.text("unicode") == "café 🔥")
    }

    @Test func literalStringsKeepBackslashes() throws {
        let fields = try frontMatter(#"""
            path = 'C:\Users\nobody'
            regex = '''\d{3}-\d{4}'''
            poem = '''
            first line
              second line\n'''
            """#)
        #expect(fields.text("path") == #"C:\Users\nobody"#)
        #expect(fields.text("regex") == #"\d{3}-\d{4}"#)
        // The newline right after the opening quotes is trimmed, as TOML says.
        #expect(fields["poem"]?.text == "first line\n  second line\\n")
    }

    @Test func commentsAfterValuesAreIgnoredAndKeepEveryField() throws {
        let fields = try frontMatter("""
            title = "Disk full" # the headline
            severity = 2 # SEV2
            tags = ["db", "storage"] # two
            """)
        #expect(fields.text("title") == "Disk full")
        #expect(fields.text("severity") == "2")
        #expect(fields.texts("tags") == ["db", "storage"])
    }

    @Test func multiLineArraysAreRead() throws {
        let fields = try frontMatter("""
            tags = [
              "db",      # the primary
              "storage",
            ]
            services = [ "api",
                         "worker" ]
            """)
        #expect(fields.texts("tags") == ["db", "storage"])
        #expect(fields.texts("services") == ["api", "worker"])
    }

    @Test func arraysOfTablesBecomeListsOfTables() throws {
        let toml = """
            title = "Outage"

            [[authors]]
            name = "Jane Doe"
            email = "jane@example.com"

            [[authors]]
            name = "Ravi Patel"
            """
        let fields = try frontMatter(toml)
        #expect(fields["authors"] == .list([
            .table(["name": .scalar("Jane Doe"), "email": .scalar("jane@example.com")]),
            .table(["name": .scalar("Ravi Patel")]),
        ]))
        // A key under `[[authors]]` is the table's, not the document's.
        #expect(fields["name"] == nil)
        let incident = Fixtures.incident("+++\n" + toml + "\n+++\nBody\n")
        #expect(incident.authors == [Author(name: "Jane Doe", email: "jane@example.com"), Author(name: "Ravi Patel")])
    }

    @Test func inlineAndDottedTablesBecomeTables() throws {
        let fields = try frontMatter("""
            owner = { name = "Jane Doe", url = "https://example.com/jane" }
            impact.users = 1200
            impact.regions = ["eu-west-1"]
            """)
        #expect(fields["owner"] == .table(["name": .scalar("Jane Doe"), "url": .scalar("https://example.com/jane")]))
        #expect(fields["impact"] == .table(["users": .scalar("1200"), "regions": .list([.scalar("eu-west-1")])]))
    }

    @Test func numbersAndBooleansBecomeTheirText() throws {
        let fields = try frontMatter("""
            integer = 1_200
            hex = 0xff
            float = 2.5
            draft = false
            """)
        #expect(fields.text("integer") == "1200")
        #expect(fields.text("hex") == "255")
        #expect(fields.text("float") == "2.5")
        #expect(fields.text("draft") == "false")
    }

    @Test(arguments: [
        ("1979-05-27T07:32:00-07:00", "1979-05-27T07:32:00-07:00"),
        ("1979-05-27 07:32:00Z", "1979-05-27T07:32:00Z"),
        ("1979-05-27T00:32:00.999+05:30", "1979-05-27T00:32:00.999+05:30"),
        ("1979-05-27T07:32:00", "1979-05-27T07:32:00"),
        ("1979-05-27", "1979-05-27"),
        ("07:32:00", "07:32:00"),
        ("00:32:00.5", "00:32:00.5"),
    ])
    func datesAndTimesBecomeRFC3339Text(toml: String, text: String) throws {
        #expect(try frontMatter("when = \(toml)").text("when") == text)
    }

    /// A TOML date or time must mean to extraction what the same value in YAML means: the
    /// incident's day, and the key moments the front matter states.
    @Test(arguments: [
        "date = 2023-02-08",
        "date = 2023-02-08T10:15:00Z",
        "date = 2023-02-08\nresolved_at = 2023-02-08T10:15:00-07:00",
        "date = 2023-02-08\nresolved_at = 2023-02-08T10:15:00",
        "date = 2023-02-08\ndetected_at = 2023-02-08T09:05:00.250+01:00",
        "date = 2023-02-08\nresolved_at = 10:15:00",
    ])
    func datesAndTimesAreReadAsYAMLsAre(toml: String) {
        let fromTOML = Fixtures.incident("+++\n\(toml)\n+++\nBody\n")
        let fromYAML = Fixtures.incident("---\n\(toml.replacingOccurrences(of: " = ", with: ": "))\n---\nBody\n")
        #expect(fromTOML.date == CalendarDate(year: 2023, month: 2, day: 8))
        #expect(fromTOML.date == fromYAML.date)
        let moments = { (incident: Incident) in
            [incident.timelineAnalysis.moments.detected, incident.timelineAnalysis.moments.resolved].map { $0?.iso8601 }
        }
        #expect(moments(fromTOML) == moments(fromYAML))
        #expect(moments(fromTOML).contains { $0 != nil } == toml.contains("_at"))
    }

    @Test func fieldsCarryTheLinesOfTheirKeys() throws {
        let document = Fixtures.parsed("""
            +++
            title = "Disk full"
            summary = \"\"\"
            tags = ["not", "a key"]
            [not.a.table]
            \"\"\"
            tags = [
              [1, 2],
              "b",
            ]
            'date' = 2023-02-08 # quoted
            impact.users = 3
            [owner]
            name = "Jane"
            [[authors]]
            name = "Ravi"
            +++
            Body
            """)
        let fields = try #require(document.frontMatter)
        #expect(fields.line(of: "title") == 2)
        #expect(fields.line(of: "summary") == 3)
        #expect(fields.line(of: "tags") == 7)
        #expect(fields.line(of: "date") == 11)
        #expect(fields.line(of: "impact") == 12)
        #expect(fields.line(of: "owner") == 13)
        #expect(fields.line(of: "authors") == 15)
        #expect(fields["not"] == nil)
        #expect(document.bodyFirstLine == 18)
    }

    /// TOMLKit's own iteration looks a key cut short at an escaped NUL up again and crashes
    /// on finding nothing; such a key is left out, and the rest read.
    @Test func aKeyWithAnEscapedNULIsLeftOut() throws {
        let fields = try frontMatter(#"""
            title = "Disk full"
            "a\u0000b" = 1
            owner = { "c\u0000d" = 2, name = "Jane" }
            """#)
        #expect(fields.text("title") == "Disk full")
        #expect(fields["a"] == nil)
        #expect(fields["owner"] == .table(["name": .scalar("Jane")]))
    }

    @Test func invalidTOMLIsAnErrorAtItsFileLine() throws {
        let document = Fixtures.parsed("""
            +++
            title = "ok"
            # a comment
            severity = = 2
            +++
            Body
            """)
        let diagnostic = try #require(document.diagnostics.first)
        #expect(diagnostic.rule == "front-matter-invalid")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.line == 4)
        #expect(diagnostic.formatted.hasPrefix("content/doc.md:4:1: error: front matter is not valid TOML: "))
        #expect(document.frontMatter == nil)
    }

    @Test func aKeyDefinedTwiceIsAnErrorAtTheSecond() throws {
        let document = Fixtures.parsed("+++\ntitle = \"a\"\n\ntitle = \"b\"\n+++\nBody\n")
        let diagnostic = try #require(document.diagnostics.first)
        #expect(diagnostic.rule == "front-matter-invalid")
        #expect(diagnostic.line == 4)
    }
}

/// The real postmortems written with TOML front matter (Zola's, on the Rust blog).
@Suite(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus"))
struct TOMLCorpusTests {
    @Test(arguments: [
        ("pro/016.md", "DNS Outage on 2023-01-25", "Jan David Nose", "2023-02-08"),
        ("pro/017.md", "docs.rs outage postmortem", "Pietro Albini", nil),
    ] as [(String, String, String, String?)])
    func fieldsAreExtracted(file: String, title: String, author: String, frontMatterDate: String?) throws {
        let text = try Corpus.text(file)
        #expect(text.hasPrefix("+++\n"))
        let document = Fixtures.parsed(text)
        let frontMatter = try #require(document.frontMatter)
        #expect(frontMatter.syntax == .toml)
        #expect(!document.diagnostics.contains { $0.rule.hasPrefix("front-matter") })
        #expect(frontMatter.text("date") == frontMatterDate)
        let incident = IncidentExtractor.extract(document)
        #expect(incident.title == title)
        #expect(incident.authors.map(\.name) == [author])
        #expect(incident.evidence[.title]?.provenance.source == .frontMatter)
        #expect(incident.date != nil)
    }
}
