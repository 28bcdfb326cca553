import HindsightTemplates
import Testing

/// Errors name the tag at fault by the line and column where it starts, the column counted
/// in characters.
@Suite struct TemplateErrorTests {
    @Test func anUnclosedSectionIsReportedWhereItOpens() {
        #expect(throws: TemplateError("section `events` opened at line 2 is never closed; close it with `{{/events}}`",
                                      at: TemplatePosition(line: 2, column: 5))) {
            try Template("<ul>\nçé  {{#events}}\n<li>{{name}}</li>\n")
        }
    }

    @Test func aMismatchedCloseNamesBothSections() {
        #expect(throws: TemplateError("`{{/a}}` closes section `b` opened at line 1; close that section first, with `{{/b}}`",
                                      at: TemplatePosition(line: 1, column: 13))) {
            try Template("{{#a}}{{#b}}{{/a}}{{/b}}")
        }
    }

    @Test func anUnclosedTripleMustacheSaysWhatIsMissing() {
        #expect(throws: TemplateError("this tag is never closed: the template ends before its `}}}`",
                                      at: TemplatePosition(line: 1, column: 3))) {
            try Template("x {{{body}}")
        }
    }
}
