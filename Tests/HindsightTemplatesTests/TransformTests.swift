import HindsightTemplates
import Testing

/// swift-mustache's transforms, which the default theme and themes written for it use.
@Suite struct TransformTests {
    private func rendered(_ template: String, _ context: TemplateValue) throws -> String {
        try Template(template).render(context)
    }

    @Test func emptyTellsEmptyStringsAndListsApart() throws {
        let template = "{{^empty(summary)}}<p>{{summary}}</p>{{/empty(summary)}}{{#empty(tags)}}none{{/empty(tags)}}"
        #expect(try rendered(template, ["summary": "S", "tags": []]) == "<p>S</p>none")
        #expect(try rendered(template, ["summary": "", "tags": ["a"]]) == "")
    }

    @Test func transformsNestFromTheInside() throws {
        let template = "{{#equalzero(minusone(count(authors)))}}one{{/equalzero(minusone(count(authors)))}}"
        #expect(try rendered(template, ["authors": ["Ada"]]) == "one")
        #expect(try rendered(template, ["authors": ["Ada", "Grace"]]) == "")
    }

    @Test func listPositionPutsSeparatorsBetweenItems() throws {
        #expect(try rendered("{{#names}}{{.}}{{^last()}}, {{/last()}}{{/names}}", ["names": ["a", "b", "c"]]) == "a, b, c")
        #expect(try rendered("{{#names}}{{index()}}{{#first()}}!{{/first()}}{{/names}}", ["names": ["a", "b"]]) == "0!1")
    }

    @Test func stringTransforms() throws {
        #expect(try rendered("{{lowercased(a)}} {{uppercased(a)}} {{capitalized(b)}}", ["a": "SeV1", "b": "major OUTAGE"])
            == "sev1 SEV1 Major Outage")
    }

    /// A transform a value does not have gives nothing, as a missing key does.
    @Test func anUnknownTransformGivesNothing() throws {
        #expect(try rendered("[{{lowercased(n)}}]{{^lowercased(n)}}missing{{/lowercased(n)}}", ["n": 3]) == "[]missing")
    }
}
