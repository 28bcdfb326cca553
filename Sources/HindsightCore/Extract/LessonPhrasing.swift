/// Lessons written as work still to do: "We need to document the deploy process", "Need to
/// ensure smoke tests run", "Prioritize end-to-end testing", "Changes … should be deployed
/// one at a time". Where a postmortem has no action items, such lessons are its follow-ups;
/// "The deploy went smoothly" or "No end-to-end testing" is a lesson only.
enum LessonPhrasing {
    static func isCommitment(_ text: String) -> Bool {
        let sentence = Sentences.split(text).first.map(String.init) ?? text
        let words = SectionNames.words(sentence)
        guard let first = words.first else { return false }
        if imperatives.contains(first) { return true }
        return zip(words, words.dropFirst()).contains { obligations.contains($0 + " " + $1) }
            || words.contains(where: modals.contains)
    }

    /// Verbs that open an instruction.
    private static let imperatives: Set<String> = [
        "consider", "prioritize", "prioritise", "ensure", "add", "document", "improve", "implement", "introduce",
        "automate", "review", "establish", "create", "monitor", "schedule", "train", "update", "audit", "investigate",
        "increase", "reduce", "avoid", "adopt", "enforce", "require", "define", "build", "migrate",
        "need", "make", "set", "test", "write", "keep",
    ]
    private static let obligations: Set<String> = ["need to", "needs to", "have to", "has to", "going to", "plan to", "make sure"]
    private static let modals: Set<String> = ["must", "should", "will"]
}
