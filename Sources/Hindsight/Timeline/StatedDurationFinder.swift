/// The first duration the document's prose states, with its line: a sentence that says how
/// long the outage lasted, or a pair of `Start Time:` and `End Time:` labels.
enum StatedDurationFinder {
    static func first(in context: ExtractionContext) -> StatedDuration? {
        var window = LabelledWindow()
        for block in context.nodes {
            guard let text = text(of: block) else { continue }
            guard DurationPhraseScanner.mayStateALength(text) else {
                window.skip()
                continue
            }
            let tokens = TextToken.tokenize(Substring(text))
            if let minutes = DurationPhraseScanner.firstMinutes(in: tokens) ?? window.read(tokens, of: text) {
                return StatedDuration(minutes: minutes, line: context.line(block))
            }
        }
        return nil
    }

    private static func text(of block: MarkdownNode) -> String? {
        switch block.kind {
        case .paragraph, .heading, .tableCell: block.plainText
        case .htmlBlock: HTMLText.plainText(block.literal)
        default: nil
        }
    }
}
