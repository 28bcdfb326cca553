/// The duration the document's prose states, with its line: of every sentence that says how
/// long the outage lasted, and every pair of `Start:` and `End:` labels, the surest, and of
/// those the first. "The outage lasted 3 hours" beats an earlier "users were affected for
/// 20 minutes", which may be one part of it.
enum StatedDurationFinder {
    static func first(in context: ExtractionContext) -> StatedDuration? {
        var window = LabelledWindow()
        var best: (statement: DurationPhraseScanner.Statement, line: Int)?
        for block in context.nodes {
            guard let text = text(of: block) else { continue }
            guard DurationPhraseScanner.mayStateALength(text) else {
                window.skip()
                continue
            }
            let tokens = TextToken.tokenize(Substring(text))
            let labelled = window.read(tokens, of: text).map { DurationPhraseScanner.Statement(minutes: $0, strength: .named) }
            for statement in DurationPhraseScanner.statements(in: tokens) + [labelled].compactMap({ $0 })
            where best.map({ statement.strength > $0.statement.strength }) ?? true {
                best = (statement, context.line(block))
            }
            // Nothing is surer than a named length: the first one stands.
            if best?.statement.strength == .named { break }
        }
        return best.map { StatedDuration(minutes: $0.statement.minutes, line: $0.line) }
    }

    private static func text(of block: MarkdownNode) -> String? {
        switch block.kind {
        case .paragraph, .heading, .tableCell: block.plainText
        case .htmlBlock: HTMLText.plainText(block.literal)
        default: nil
        }
    }
}
