/// The form under which two spellings of a topic word match, and which is shown: "timeouts"
/// and "timeout", "queries" and "query", "replicas" and "replica". Only plurals are
/// folded: anything more clever ("config" and "configuration") relates incidents that are
/// not alike as often as it finds ones that are.
enum WordStem {
    /// The word, lowercased, in the singular.
    static func of(_ word: String) -> String {
        // The endings are ASCII, compared as bytes, without copying them: every topic word
        // of every document is asked.
        let utf8 = word.utf8
        let count = utf8.count
        guard count > 3, utf8.last == UInt8(ascii: "s") else { return word }
        func endsWith(_ ending: StaticString) -> Bool {
            ending.utf8CodeUnitCount <= count
                && ending.withUTF8Buffer { utf8.suffix($0.count).elementsEqual($0) }
        }
        if endsWith("ies"), count > 4 { return String(word.dropLast(3)) + "y" }
        if endsWith("sses") { return String(word.dropLast(2)) }
        if endsWith("ss") || endsWith("us") || endsWith("is") { return word }
        return String(word.dropLast())
    }
}
