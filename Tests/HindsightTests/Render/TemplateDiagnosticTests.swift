import Foundation
import Testing
@testable import Hindsight
@testable import HindsightRender

/// A theme template that does not parse is reported in words, at the line and column where
/// the tag at fault starts (the section left open, not the end of the file).
@Suite struct TemplateDiagnosticTests {
    @Test(arguments: [
        ("<ul>\n  {{#events}}\n  <li>{{name}}</li>\n</ul>\n",
         "index.mustache:2:3: error: section `events` opened at line 2 is never closed; close it with `{{/events}}` [theme-template-invalid]"),
        ("{{#incidents}}\n{{#tags}}{{.}}\n{{/incidents}}\n",
         "index.mustache:3:1: error: `{{/incidents}}` closes section `tags` opened at line 2; close that section first, with `{{/tags}}` [theme-template-invalid]"),
        ("<p>\n{{/tags}}\n",
         "index.mustache:2:1: error: `{{/tags}}` closes a section that was never opened [theme-template-invalid]"),
        ("<p>{{title name}}</p>\n",
         "index.mustache:1:4: error: `title name` is not a name: a name is a dotted path without spaces (`incident.title`), `.`, or a transform of one (`lowercased(title)`); or the tag is not closed by `}}` [theme-template-invalid]"),
        ("<p>\n  é {{% CONTENT_TYPE: YAML}}\n",
         "index.mustache:2:5: error: unknown content type `YAML`: `CONTENT_TYPE` is one of HTML, FAST_HTML, TEXT, JSON [theme-template-invalid]"),
        ("{{% CHARSET: UTF-8}}\n",
         "index.mustache:1:1: error: unknown pragma `CHARSET`: the only one is `CONTENT_TYPE`, set to HTML, FAST_HTML, TEXT, JSON [theme-template-invalid]"),
        ("{{% CONTENT_TYPE }}\n",
         "index.mustache:1:1: error: this pragma is malformed: write it as `{{% CONTENT_TYPE: HTML}}` [theme-template-invalid]"),
        ("<p>{{! a comment that never ends\n",
         "index.mustache:1:4: error: this tag is never closed: the template ends before its `}}` [theme-template-invalid]"),
        ("{{=<% %>=}}\n<%#events%>\n",
         "index.mustache:2:1: error: section `events` opened at line 2 is never closed; close it with `<%/events%>` [theme-template-invalid]"),
        ("{{$block}}default{{/block}}\n",
         "index.mustache:1:1: error: blocks and parents (`{{$name}}`, `{{<name}}`) are not supported: use partials (`{{>name}}`) [theme-template-invalid]"),
    ])
    func aBrokenTemplateIsReportedInWords(template: String, expected: String) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write(template, to: folder + "/index.mustache")
        let error = try #require(throws: Theme.LoadError.self) { try Theme(files: ThemeFiles(sources: [.folder(folder), .embeddedDefault])) }
        #expect(error.diagnostic.formatted == folder + "/" + expected)
    }
}
