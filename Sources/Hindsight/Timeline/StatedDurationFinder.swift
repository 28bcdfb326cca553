/// The first duration the document's prose states, with its line.
enum StatedDurationFinder {
    static func first(in context: ExtractionContext) -> StatedDuration? {
        for block in context.nodes {
            let text: String
            switch block.kind {
            case .paragraph, .heading, .tableCell: text = block.plainText
            case .htmlBlock: text = HTMLText.plainText(block.literal)
            default: continue
            }
            if let minutes = DurationPhraseScanner.firstMinutes(in: TextToken.tokenize(Substring(text))) {
                return StatedDuration(minutes: minutes, line: context.line(block))
            }
        }
        return nil
    }
}
