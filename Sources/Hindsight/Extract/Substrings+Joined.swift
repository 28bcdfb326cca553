extension Collection<Substring> {
    /// The parts one space apart, like `joined(separator: " ")`, written out: the standard
    /// library's version reached each part through unspecialized protocol witnesses and a
    /// copy, which showed in the profile of every document's search text.
    var joinedBySpaces: String {
        var text = ""
        text.reserveCapacity(reduce(count) { $0 + $1.utf8.count })
        for (position, part) in enumerated() {
            if position > 0 { text += " " }
            text += part
        }
        return text
    }
}
