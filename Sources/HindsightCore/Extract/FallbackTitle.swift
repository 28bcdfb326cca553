import Foundation

/// A title for a document that names its incident nowhere: its file name when that reads as
/// words (`db-outage.md`), else the first sentence of what it says happened (prefixed by the
/// company, as public archives record it), else the file name anyway.
/// "Heroku: An upstream apt update broke pinned packages…" tells a reader more than
/// `0afb9162-9810-4b29.md`, `017.md` or `README.md`.
enum FallbackTitle {
    static let maximumLength = 72

    static func make(summary: String, company: String?, fileBaseName: String) -> Candidate<String> {
        let fileName = Candidate(humanized(fileBaseName), Provenance(.fileName, detail: "the file's name, as the document names no title"))
        if isDescriptive(fileBaseName) { return fileName }
        guard let sentence = firstSentence(of: summary) else { return fileName }
        let summarised = Provenance(.summary, detail: "the summary's first sentence, as the document names no title")
        guard let company, !sentence.lowercased().contains(company.lowercased()) else { return Candidate(sentence, summarised) }
        return Candidate(company + ": " + sentence, summarised)
    }

    private static func firstSentence(of summary: String) -> String? {
        let text = summary.trimmed
        guard !text.isEmpty else { return nil }
        // The stops and the space are ASCII, so the bytes find them: every document without a
        // title of its own comes here with its whole summary.
        let bytes = text.utf8
        var end = text.endIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let next = bytes.index(after: index)
            if [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[index]),
               next == bytes.endIndex || bytes[next] == UInt8(ascii: " ") {
                end = index
                break
            }
            index = next
        }
        var sentence = String(text[..<end])
        if sentence.utf8.contains(UInt8(ascii: "`")) { sentence.removeAll { $0 == "`" } }
        return shortened(sentence)
    }

    /// Cut at a word boundary, with an ellipsis, so that an index line stays one line.
    private static func shortened(_ sentence: String) -> String {
        guard sentence.utf8.count > maximumLength, sentence.count > maximumLength else { return sentence }
        let cut = sentence.prefix(maximumLength)
        let words = cut.split(separator: " ").dropLast()
        return (words.isEmpty ? String(cut) : words.joined(separator: " ")) + "…"
    }

    private static let genericNames: Set<String> = [
        "readme", "postmortem", "post", "mortem", "incident", "report", "draft", "index", "template", "untitled", "notes", "copy",
    ]

    /// At least two words of letters, not all of them generic.
    private static func isDescriptive(_ baseName: String) -> Bool {
        let words = baseName.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .filter { $0.count >= 2 && $0.allSatisfy(\.isLetter) }
        return words.count >= 2 && !words.allSatisfy { genericNames.contains(String($0)) }
    }

    private static func humanized(_ baseName: String) -> String {
        let words = baseName.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
        return words.isEmpty ? baseName : words.joined(separator: " ")
    }
}
