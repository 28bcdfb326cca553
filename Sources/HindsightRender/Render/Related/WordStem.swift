/// The form under which two spellings of a topic word match: "timeouts" and "timeout",
/// "caches" and "cache", "replicas" and "replica". Only plurals are folded: anything more
/// clever ("config" and "configuration") relates incidents that are not alike as often as
/// it finds ones that are.
enum WordStem {
    static func of(_ word: String) -> String {
        guard word.contains(" ") else { return singular(word) }
        return word.split(separator: " ").map { singular(String($0)) }.joined(separator: " ")
    }

    private static func singular(_ word: String) -> String {
        guard word.count > 3, word.hasSuffix("s") else { return word }
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("sses") { return String(word.dropLast(2)) }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
        return String(word.dropLast())
    }
}
