extension StringProtocol {
    /// The text without white space (including newlines) at either end.
    package var trimmed: String {
        // Most text has nothing to trim, which its first and last scalars tell without walking
        // characters: a visible ASCII scalar can neither be nor end a white-space character.
        let isVisibleASCII = { (scalar: Unicode.Scalar) in scalar.value > 0x20 && scalar.value < 0x7F }
        if let first = unicodeScalars.first, let last = unicodeScalars.last, isVisibleASCII(first), isVisibleASCII(last) {
            return String(self)
        }
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

extension StringProtocol {
    /// The text without any of `characters` at either end: Foundation's
    /// `trimmingCharacters(in:)` without building a `CharacterSet` on every call.
    package func trimmingEdges(in characters: String) -> SubSequence {
        guard let start = firstIndex(where: { !characters.contains($0) }),
              let end = lastIndex(where: { !characters.contains($0) })
        else { return self[endIndex...] }
        return self[start...end]
    }
}
