extension [UInt8] {
    /// Appends pretty-printed JSON nested `spaces` deeper: every line that has text, the
    /// first included, gains that indentation (JSONEncoder leaves the blank line of an empty
    /// array unindented). Safe on JSON because a newline inside a string is escaped.
    mutating func appendJSON(_ json: some Collection<UInt8>, indentedBy spaces: Int) {
        let indentation = [UInt8](repeating: UInt8(ascii: " "), count: spaces)
        reserveCapacity(count + json.count + json.count / 8)
        var atLineStart = true
        for byte in json {
            if atLineStart, byte != UInt8(ascii: "\n") { append(contentsOf: indentation) }
            append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
        }
    }
}
