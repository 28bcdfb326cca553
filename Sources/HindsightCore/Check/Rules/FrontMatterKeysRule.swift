/// A front-matter key Hindsight does not know: often a typo (`tittle`, `athor`) that
/// silently loses the value.
struct FrontMatterKeysRule: LintRule {
    let id = "front-matter-unknown-key"

    func findings(in document: LintedDocument) -> [Finding] {
        guard let frontMatter = document.parsed.frontMatter else { return [] }
        return frontMatter.fields
            .filter { FrontMatterKeys.shapes[$0.key.lowercased()] == nil }
            .sorted { ($0.value.line, $0.key) < ($1.value.line, $1.key) }
            .map { Finding(line: $0.value.line, message: "unknown front-matter key `\($0.key)`") }
    }
}
