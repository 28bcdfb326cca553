import HindsightTemplates
import Testing

/// The required modules of the Mustache specification, every test by name. The optional
/// modules (`~inheritance`, `~lambdas`, `~dynamic-names`) are not run: no theme uses them.
@Suite(.enabled(if: SpecCase.isAvailable, "needs ../shared/mustache-spec"))
struct SpecificationTests {
    @Test(arguments: SpecCase.cases("comments")) func comments(_ test: SpecCase) throws { try check(test) }
    @Test(arguments: SpecCase.cases("delimiters")) func delimiters(_ test: SpecCase) throws { try check(test) }
    @Test(arguments: SpecCase.cases("interpolation")) func interpolation(_ test: SpecCase) throws { try check(test) }
    @Test(arguments: SpecCase.cases("inverted")) func inverted(_ test: SpecCase) throws { try check(test) }
    @Test(arguments: SpecCase.cases("partials")) func partials(_ test: SpecCase) throws { try check(test) }
    @Test(arguments: SpecCase.cases("sections")) func sections(_ test: SpecCase) throws { try check(test) }

    /// Every module is read: a renamed or empty file would otherwise pass with no tests.
    @Test(arguments: ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"])
    func moduleHasTests(_ module: String) {
        #expect(!SpecCase.cases(module).isEmpty)
    }

    private func check(_ test: SpecCase) throws {
        let partials = try test.partials.mapValues { try Template($0) }
        let template = try Template(test.template)
        #expect(template.render(test.data, partials: TemplateLibrary(partials)) == test.expected)
    }
}
