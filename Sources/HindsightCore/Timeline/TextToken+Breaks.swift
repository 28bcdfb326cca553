extension TextToken {
    /// Marks that end a sentence.
    static let sentenceEnds: Set<Substring> = [".", "!", "?", ";"]
    /// Marks that end a clause.
    static let clauseEnds: Set<Substring> = [".", "!", "?", ";", ",", ":"]

    /// True when the token at `index` is one of `marks` ending the text before it: followed
    /// by a space or by nothing, unlike the point of `3.4` or the colon of `10:35`.
    static func isBreak(at index: Int, in tokens: [TextToken], marks: Set<Substring>) -> Bool {
        // Marks are punctuation: a word or a number is told apart without hashing it.
        tokens[index].kind == .symbol && marks.contains(tokens[index].text)
            && (index + 1 == tokens.count || tokens[index + 1].spaced)
    }
}
