import Mustache
import Testing
@testable import Hindsight

/// The default theme's escaper must escape exactly what swift-mustache's HTML escaper does,
/// so pages keep their bytes, and must miss nothing, so values cannot become markup.
@Suite struct FastHTMLEscapingTests {
    let escaper = FastHTMLContentType()

    @Test func escapesTheFiveSpecialCharacters() {
        #expect(escaper.escapeText(#"<a href="x" title='y'>Q&A</a>"#)
            == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Q&amp;A&lt;/a&gt;")
    }

    @Test func leavesOtherTextAlone() {
        let text = "Paging 🚨 at 14:05 — ÅÄÖ\r\nnext line\u{2028}"
        #expect(escaper.escapeText(text) == text)
    }

    @Test func escapesASpecialCharacterThatACombiningMarkFollows() {
        #expect(escaper.escapeText("<\u{301}script>") == "&lt;\u{301}script&gt;")
    }

    @Test func matchesSwiftMustachesEscaping() throws {
        _ = Theme.registerContentTypes
        let text = #"Tom & "Jerry" <b>'s</b> café"#
        let standard = try MustacheTemplate(string: "{{text}}").render(["text": text])
        let fast = try MustacheTemplate(string: "{{% CONTENT_TYPE: FAST_HTML}}{{text}}").render(["text": text])
        #expect(fast == standard)
    }
}
