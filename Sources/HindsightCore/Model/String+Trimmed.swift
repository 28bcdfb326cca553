extension StringProtocol {
    /// The text without white space (including newlines) at either end.
    package var trimmed: String {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
              let end = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[start...end])
    }
}

extension StringProtocol {
    /// The text on one line: every run of white space (newlines included) becomes one space.
    package var collapsingWhitespace: String {
        let text = String(self)
        return (ASCIIText.words(of: text) ?? text.split(whereSeparator: \.isWhitespace)).joinedBySpaces
    }
}
