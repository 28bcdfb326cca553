extension String {
    /// The text's lines: the parts between line feeds, empty ones kept. Found on the UTF-8
    /// bytes, where a line feed is never part of another character, because
    /// `split(separator: "\n")` walks every grapheme of every block of every document. Unlike
    /// it, a "\r\n" ending splits too; its "\r" stays on the line, for `trimmed` to drop.
    package var lines: [Substring] {
        var lines: [Substring] = []
        var lineStart = startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let next = utf8.index(after: index)
            if utf8[index] == UInt8(ascii: "\n") {
                lines.append(self[lineStart..<index])
                lineStart = next
            }
            index = next
        }
        lines.append(self[lineStart...])
        return lines
    }

    /// The text's lines that are not empty.
    package var nonEmptyLines: [Substring] {
        lines.filter { !$0.isEmpty }
    }
}
