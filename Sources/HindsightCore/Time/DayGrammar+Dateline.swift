extension DayGrammar {
    /// A line that is one date and nothing else ("2022-05-10", "**Tuesday, 14 February
    /// 2023**"): metadata of the write-up, neither a title nor a summary.
    static func isDateline(_ text: String) -> Bool {
        // A dateline is short ("**Wednesday, 14 September 2023**" is 32 bytes) and has a digit.
        guard text.utf8.count <= 48, text.utf8.contains(where: { (48...57).contains($0) }) else { return false }
        let tokens = TextToken.tokenize(Substring(text))
        guard let first = tokens.firstIndex(where: { $0.kind != .symbol }), let last = tokens.lastIndex(where: { $0.kind != .symbol }),
              let match = match(at: first, in: tokens), match.date != nil
        else { return false }
        return match.tokens.upperBound > last
    }
}
