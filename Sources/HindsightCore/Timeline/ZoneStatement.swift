/// A sentence that states the zone of a document's times, wherever it stands: under the
/// timeline's heading ("All times in CET."), among the header lines ("All times PDT."), or
/// as a note ("*(All times US/Pacific, 24-hour clock.)*", "… and all times are in UTC.").
enum ZoneStatement {
    /// Longer paragraphs (in UTF-8 bytes) are prose that may mention times and zones in passing.
    static let maximumLength = 200

    /// The first stated zone among `blocks`, known or not (an unknown one is reported).
    static func first(in blocks: [MarkdownNode]) -> TimelineClues.Named? {
        for block in blocks where block.kind == .paragraph {
            let text = block.plainText
            guard text.utf8.count <= maximumLength, let stated = statedPart(of: text), let zone = zoneName(in: stated) else {
                continue
            }
            return .init(text: zone, line: block.line)
        }
        return nil
    }

    /// What follows "all times" or "times are": where the zone is named.
    private static func statedPart(of text: String) -> Substring? {
        guard let offset = ASCIIText.offset(after: "all times", ignoringCaseIn: text)
                ?? ASCIIText.offset(after: "times are", ignoringCaseIn: text) else { return nil }
        return text[text.utf8.index(text.utf8.startIndex, offsetBy: offset)...]
    }

    /// An IANA name (`US/Pacific`, which the tokenizer would split), else an abbreviation or
    /// offset (`CET`, `UTC+2`).
    private static func zoneName(in stated: Substring) -> String? {
        let words = stated.split { !($0.isLetter || $0 == "/" || $0 == "_") }
        if let region = words.first(where: { $0.contains("/") && ZoneNames.zone(named: String($0)) != nil }) {
            return String(region)
        }
        return ZoneMention.first(in: String(stated), allowUnknownInParentheses: false)?.text
    }
}
