/// The sentences of a text, for the readers that take one sentence as one statement: a
/// timed sentence of a prose timeline, the lead-in sentence that names a list.
enum Sentences {
    /// Splits at a full stop followed by a capital letter, except after a single letter or a
    /// title, where the stop marks an abbreviation ("p.m. ET", "Mr. Rick").
    static func split(_ text: String) -> [Substring] {
        var sentences: [Substring] = []
        var start = text.startIndex
        // The stops are ASCII, so the scan runs over UTF-8 bytes; their indices are also the
        // text's, as a stop byte always begins a character.
        let bytes = text.utf8
        var index = bytes.startIndex
        while let stop = bytes[index...].firstIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") }) {
            index = bytes.index(after: stop)
            let rest = text[index...]
            guard rest.first == " ", rest.dropFirst().first?.isUppercase == true,
                  !isAbbreviation(endingAt: stop, in: text)
            else { continue }
            sentences.append(text[start..<index])
            start = index
        }
        sentences.append(text[start...])
        return sentences.filter { !$0.trimmed.isEmpty }
    }

    private static let titles: Set<String> = ["mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "no", "approx"]

    private static func isAbbreviation(endingAt stop: String.Index, in text: String) -> Bool {
        let word = String(text[..<stop].reversed().prefix { $0.isLetter }.reversed()).lowercased()
        return word.count == 1 || titles.contains(word)
    }
}
