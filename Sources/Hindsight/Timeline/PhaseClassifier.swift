/// Gives each timeline event a phase from its words and its position: the strongest phase
/// whose keywords it uses; an event with no keyword is the trigger when it comes first,
/// `other` elsewhere.
enum PhaseClassifier {
    static func phases(of entries: [TimelineEntry]) -> [Phase] {
        entries.enumerated().map { index, entry in
            phase(of: entry.text) ?? (index == 0 && entries.count > 1 ? .start : .other)
        }
    }

    static func phase(of text: String) -> Phase? {
        let words = words(of: text)
        let found = words.indices.flatMap { index -> [PhaseKeywords.Key] in
            guard index == 0 || !PhaseKeywords.negations.contains(words[index - 1]) else { return [] }
            return PhaseKeywords.candidates(for: words[index]).filter { $0.matches(words[index...]) }
        }
        return found.min { $0.rank < $1.rank }?.phase
    }

    /// Lowercased words and numbers; "on-call" gives "on", "call".
    private static func words(of text: String) -> [String] {
        TextToken.tokenize(Substring(text)).compactMap { $0.kind == .symbol ? nil : $0.lowercased }
    }
}
