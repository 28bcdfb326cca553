/// The duration the document's prose states, with its line: the first named length or window
/// (a sentence that says how long the outage lasted, a range after "from" or "between", a
/// pair of `Start:` and `End:` labels), else the first loose amount. "The outage lasted 3
/// hours" beats an earlier "users were affected for 20 minutes", which may be one part of it.
enum StatedDurationFinder {
    /// The duration, and the window it was measured over when the text states one.
    struct Finding {
        var duration: StatedDuration
        var window: StatedWindow?
    }

    static func first(in context: ExtractionContext) -> Finding? {
        var window = LabelledWindow()
        var best: (statement: DurationPhraseScanner.Statement, line: Int)?
        // Blocks left to read for the window of a length stated alone.
        var windowReach = windowSearchReach
        for block in context.nodes {
            guard let text = text(of: block) else { continue }
            guard DurationPhraseScanner.mayStateALength(text) else {
                window.skip()
                continue
            }
            let tokens = TextToken.tokenize(Substring(text))
            let labelled = window.read(tokens, of: text).flatMap { window in
                window.minutes.map { DurationPhraseScanner.Statement(minutes: $0, strength: .named, window: window) }
            }
            for statement in DurationPhraseScanner.statements(in: tokens) + [labelled].compactMap({ $0 }) {
                if best.map({ statement.strength > $0.statement.strength }) ?? true {
                    best = (statement, context.line(block))
                } else if let named = best?.statement, named.window == nil, statement.window != nil, statement.minutes == named.minutes {
                    // "A 50-minute outage", then "between 15:30 and 16:20": the window says when.
                    best?.statement.window = statement.window
                }
            }
            // A named length or a window is sure enough: reading on for a surer one would cost
            // every document's remaining blocks for little. A length alone reads on for its window.
            if let statement = best?.statement, statement.strength >= .window {
                if statement.window != nil { break }
                windowReach -= 1
                if windowReach < 0 { break }
            }
        }
        return best.map { Finding(duration: StatedDuration(minutes: $0.statement.minutes, line: $0.line), window: $0.statement.window) }
    }

    /// How many blocks after a length stated alone its window may come: the summary's
    /// "50-minute outage", then the issue summary's "between 15:30 and 16:20".
    private static let windowSearchReach = 12

    /// A block's text as `BlockText` reads it, so a two-cell row (`| Incident start | 14:00 |`)
    /// is a labelled line; code is no statement.
    private static func text(of block: MarkdownNode) -> String? {
        if case .codeBlock = block.kind { return nil }
        return BlockText.text(of: block)
    }
}
