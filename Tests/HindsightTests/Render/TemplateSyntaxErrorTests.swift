import Foundation
import Testing
@testable import Hindsight

/// A theme template that does not parse is reported in words, at the line and column of
/// the tag at fault, never as the template engine's error case.
@Suite struct TemplateSyntaxErrorTests {
    @Test(arguments: [
        ("<ul>\n  {{#events}}\n  <li>{{name}}</li>\n</ul>\n",
         "index.mustache:2:3: error: section `events` opened at line 2 is never closed; close it with `{{/events}}` [theme-template-invalid]"),
        ("{{#incidents}}\n{{#tags}}{{.}}\n{{/incidents}}\n",
         "index.mustache:3:1: error: `{{/incidents}}` closes section `tags` opened at line 2; close that section first, with `{{/tags}}` [theme-template-invalid]"),
        ("<p>\n{{/tags}}\n",
         "index.mustache:2:1: error: `{{/tags}}` closes a section that was never opened [theme-template-invalid]"),
        ("<p>{{title name}}</p>\n",
         "index.mustache:1:12: error: this tag is not closed by `}}`, or its name holds a character names cannot have (they are letters, digits, `.`, `-`, `_`, `?` and `*`, with an optional `(transform)`) [theme-template-invalid]"),
        ("{{% CONTENT_TYPE: YAML}}\n",
         "index.mustache:1:25: error: unknown pragma: the only one is `CONTENT_TYPE`, set to HTML, TEXT, FAST_HTML or JSON [theme-template-invalid]"),
        ("{{% CONTENT_TYPE }}\n",
         "index.mustache:1:18: error: this pragma is malformed: write it as `{{% CONTENT_TYPE: HTML}}` [theme-template-invalid]"),
        ("<p>{{! a comment that never ends\n",
         "index.mustache:1:7: error: this tag is never closed: the template ends before its `}}` [theme-template-invalid]"),
    ])
    func aBrokenTemplateIsReportedInWords(template: String, expected: String) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write(template, to: folder + "/index.mustache")
        let error = try #require(throws: Theme.LoadError.self) { try Theme(files: ThemeFiles(sources: [.folder(folder), .embeddedDefault])) }
        #expect(error.diagnostic.formatted == folder + "/" + expected)
    }
}
