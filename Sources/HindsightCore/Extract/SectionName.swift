/// A heading or label as section names are compared: its runs of letters and digits,
/// lowercased, and those words one space apart. Made once for all the questions a reader
/// asks of one label ("does it name the follow-ups?", "another section?", "a to-do list?"),
/// since every line of every document may be asked them.
struct SectionName {
    let words: [String]
    let normalized: String

    init(_ heading: some StringProtocol) {
        self.init(words: SectionNames.words(String(heading)))
    }

    init(words: [String]) {
        self.words = words
        normalized = words.joined(separator: " ")
    }
}
