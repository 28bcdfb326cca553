import HindsightTemplates
import Testing

/// Escaping on bytes: the five HTML special characters, nothing else, and JSON strings that
/// no value can break out of.
@Suite struct EscapingTests {
    private func rendered(_ template: String, _ text: String) throws -> String {
        try Template(template).render(["text": .string(text)])
    }

    @Test(arguments: ["", "{{% CONTENT_TYPE: HTML}}", "{{% CONTENT_TYPE: FAST_HTML}}"])
    func escapesTheFiveSpecialCharacters(pragma: String) throws {
        #expect(try rendered(pragma + "{{text}}", #"<a href="x" title='y'>Q&A</a>"#)
            == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Q&amp;A&lt;/a&gt;")
    }

    @Test func leavesOtherTextAlone() throws {
        let text = "Paging 🚨 at 14:05 — ÅÄÖ\r\nnext line\u{2028}"
        #expect(try rendered("{{text}}", text) == text)
    }

    /// A Character-wise escaper sees `<\u{301}` as one character and would leave it.
    @Test func escapesASpecialCharacterThatACombiningMarkFollows() throws {
        #expect(try rendered("{{text}}", "<\u{301}script>") == "&lt;\u{301}script&gt;")
    }

    @Test func tripleMustacheAndTextWriteTheValueAsItIs() throws {
        #expect(try rendered("{{{text}}}|{{&text}}", "<b>") == "<b>|<b>")
        #expect(try rendered("{{% CONTENT_TYPE: TEXT}}{{text}}", "<b>") == "<b>")
    }

    @Test func jsonEscapesQuotesBackslashesAndControlCharacters() throws {
        #expect(try rendered("{{% CONTENT_TYPE: JSON}}{{text}}", "a \"q\" \\ \n\r\t\u{1}\u{1F}\u{2028}\u{2029}é")
            == #"a \"q\" \\ \n\r\t\u0001\u001f\u2028\u2029é"#)
    }

    /// A pragma holds for its own file: a partial starts again at HTML.
    @Test func aPartialStartsAtHTML() throws {
        let partials = TemplateLibrary(["row": try Template("{{text}}")])
        let template = try Template("{{% CONTENT_TYPE: TEXT}}{{text}}|{{>row}}")
        #expect(template.render(["text": "<"], partials: partials) == "<|&lt;")
    }
}
