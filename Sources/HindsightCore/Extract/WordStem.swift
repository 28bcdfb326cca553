/// The form under which two spellings of a topic word match, and which is shown: "timeouts"
/// and "timeout", "queries" and "query", "replicas" and "replica". Only plurals are
/// folded: anything more clever ("config" and "configuration") relates incidents that are
/// not alike as often as it finds ones that are.
enum WordStem {
    /// The word, lowercased, in the singular.
    static func of(_ word: String) -> String {
        // The endings are ASCII, compared as bytes: `hasSuffix` on characters was a
        // measurable part of reading every document.
        let bytes = Array(word.utf8.suffix(4))
        guard word.utf8.count > 3, bytes.last == UInt8(ascii: "s") else { return word }
        func endsWith(_ ending: String) -> Bool { bytes.reversed().starts(with: ending.utf8.reversed()) }
        if endsWith("ies"), word.utf8.count > 4 { return String(word.dropLast(3)) + "y" }
        if endsWith("sses") { return String(word.dropLast(2)) }
        if endsWith("ss") || endsWith("us") || endsWith("is") { return word }
        return String(word.dropLast())
    }
}
