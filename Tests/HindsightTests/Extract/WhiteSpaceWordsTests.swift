import Foundation
import Testing
@testable import HindsightCore

/// The byte-level splitter must give exactly the words `split(whereSeparator: \.isWhitespace)`
/// gives, which is what search text was made of before.
struct WhiteSpaceWordsTests {
    private static func characterWords(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    @Test(arguments: [
        "plain ascii words", "  leading and trailing  ", "", " \t\r\n ", "line\r\nbreaks\u{0B}and\u{0C}feeds",
        "no\u{00A0}break space", "next\u{0085}line", "ogham\u{1680}space", "en\u{2002}em\u{2003}thin\u{2009}hair\u{200A}spaces",
        "line\u{2028}and\u{2029}paragraph", "narrow\u{202F}no-break", "math\u{205F}space", "ideographic\u{3000}space",
        "“curly quotes” — dashes… and émojis 🔥🚒 stay in words", "zero\u{200B}width is no space", "ﬁ ligature",
        "Ünïcödé\u{00A0}\u{00A0}twice", "tail space\u{3000}",
    ])
    func splitsAsCharacterWhiteSpaceDoes(text: String) {
        #expect(WhiteSpaceWords.words(of: text).map(String.init) == Self.characterWords(text))
    }

    @Test(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus"), arguments: ["holberton", "pro", "icco"])
    func splitsEveryCorpusDocumentAsCharacterWhiteSpaceDoes(folder: String) throws {
        let path = try #require(Corpus.folder(folder))
        let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".md") }.sorted()
        #expect(names.count > 50)
        for name in names {
            let text = try Corpus.text(folder + "/" + name)
            #expect(WhiteSpaceWords.words(of: text).map(String.init) == Self.characterWords(text), "\(folder)/\(name)")
        }
    }
}
