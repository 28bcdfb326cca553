/// The sentences of a text, for the readers that take one sentence as one statement: a
/// timed sentence of a prose timeline, the lead-in sentence that names a list.
enum Sentences {
    /// Splits at a full stop followed by a capital letter, except after a single letter or a
    /// title, where the stop marks an abbreviation ("p.m. ET", "Mr. Rick").
    static func split(_ text: String) -> [Substring] {
        var sentences: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while let stop = text[index...].firstIndex(where: { ".!?".contains($0) }) {
            index = text.index(after: stop)
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
