extension SectionNames {
    /// A heading or label that names work for after the incident: "Action items",
    /// "Follow-ups", "Corrective and preventative measures", "Remediation", "Next steps",
    /// "Tasks to address the issue", "TODO", "What we will do", "Improvements/Fixes".
    static func isFollowUps(_ heading: String) -> Bool {
        isFollowUps(SectionName(heading))
    }

    static func isFollowUps(_ heading: SectionName) -> Bool {
        let words = heading.words, name = heading.normalized
        guard !words.isEmpty, words.count <= 12 else { return false }
        if followUpPhrases.contains(where: { ASCIIText.contains($0, ignoringCaseIn: name) }) { return true }
        // The word leads the name ("Preventative measures for branches", "Corrective and
        // preventative measures", "7. Tasks"), or a list of them is named early or last
        // ("Defensive measures during an incident", "Tracking of preventative measures"),
        // rather than the name being another's ("Email spoofing prevention").
        let named = words.filter { !$0.allSatisfy(\.isNumber) }
        guard !named.contains(where: notFollowUpWords.contains),
              let first = named.firstIndex(where: followUpWords.contains) else { return false }
        let lists = ["measures", "actions", "items", "tasks"]
        return first == 0 || isSectionName(SectionName(words: Array(named[..<first])))
            || named.prefix(3).contains(where: lists.contains) || lists.contains(named.last!)
    }

    /// "Lessons learned", "Takeaways", "The lessons that we are taking away from this incident".
    static func isLessons(_ heading: SectionName) -> Bool {
        heading.words.contains { ["lessons", "lesson", "takeaways", "learnings"].contains($0) }
    }

    /// "What went well", "What went wrong", "Where we got lucky": what a review saw.
    static func isObservations(_ heading: SectionName) -> Bool {
        ["what went well", "what went wrong", "where we got lucky", "what went right", "what didn t go well"]
            .contains { heading.normalized.hasPrefix($0) }
    }

    /// "TODO", "To-do list", "Actionable To-Dos", "Actions planned": items under it are open.
    static func isToDo(_ heading: String) -> Bool {
        isToDo(SectionName(heading))
    }

    static func isToDo(_ heading: SectionName) -> Bool {
        let name = heading.normalized
        return name.contains("todo") || name.contains("to do") || name.contains("actions planned")
    }

    /// Searched as bytes: `String.contains` costs a third of a check of the pro corpus.
    private static let followUpPhrases: [StaticString] = [
        "action item", "follow up", "followup", "next step", "to do", "what we will do", "what we are doing",
        "what is being done", "what are we doing", "doing to prevent", "will do", "we are doing", "going forward",
        "tasks to address", "task list", "future prevention", "against such problem", "actions planned",
    ]

    /// Words that make a heading a follow-up section wherever they stand in it.
    private static let followUpWords: Set<String> = [
        "corrective", "preventive", "preventative", "prevention", "remediation", "remediations", "tasks", "task",
        "todo", "todos", "improvements", "improvement", "fixes", "recommendations", "recommendation", "actions",
        "measures", "actionable", "solution", "solutions",
    ]

    /// Words that name another section even beside a follow-up word: "Actions taken during
    /// the incident" is response work, "Lessons learned" are lessons.
    private static let notFollowUpWords: Set<String> = ["timeline", "lessons", "learned", "root", "cause", "debugging", "resolution", "recovery", "summary", "went", "impact", "taken"]
}
