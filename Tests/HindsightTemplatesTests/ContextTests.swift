import HindsightTemplates
import Testing

/// Typed contexts: what each kind of value writes, which values open a section, and objects
/// that answer keys themselves.
@Suite struct ContextTests {
    private struct Counter: TemplateKeyed {
        func value(forKey key: String) -> TemplateValue? { key == "twice" ? "22" : nil }
    }

    @Test func scalarsWriteTheirText() throws {
        let context: TemplateValue = ["s": "x", "i": 42, "d": 1.5, "t": true, "f": false]
        #expect(try Template("{{s}} {{i}} {{d}} {{t}} {{f}}").render(context) == "x 42 1.5 true false")
    }

    /// As in swift-mustache: an empty string and zero open a section; false, an empty list
    /// and a missing key do not.
    @Test func truthiness() throws {
        let template = "{{#v}}yes{{/v}}{{^v}}no{{/v}}"
        #expect(try Template(template).render(["v": ""]) == "yes")
        #expect(try Template(template).render(["v": 0]) == "yes")
        #expect(try Template(template).render(["v": false]) == "no")
        #expect(try Template(template).render(["v": []]) == "no")
        #expect(try Template(template).render([:]) == "no")
    }

    @Test func aKeyedObjectAnswersAndLetsOtherKeysThrough() throws {
        let context: TemplateValue = ["counter": .keyed(Counter()), "name": "outer"]
        #expect(try Template("{{#counter}}{{twice}} {{name}}{{/counter}}").render(context) == "22 outer")
    }
}
