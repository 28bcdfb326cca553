import Foundation
import Testing
@testable import HindsightCore

@Suite struct SourceTextTests {
    let file = SourceFile(path: "/x/bad.md", relativePath: "bad.md", displayPath: "content/bad.md")

    @Test func invalidUTF8IsRepairedWithAWarningAtItsLine() throws {
        let data = Data("# Title\nok\nbad \u{1}".utf8.dropLast()) + Data([0xFF, 0xFE, 0x0A])
        guard case .text(let text, let warnings) = SourceText.decode(data, file: file) else {
            Issue.record("expected text")
            return
        }
        #expect(text.contains("\u{FFFD}"))
        #expect(warnings.map(\.rule) == ["invalid-utf8"])
        #expect(warnings.first?.line == 3)
    }

    @Test func binaryFilesAreRejected() {
        let data = Data((0..<512).map { UInt8($0 % 7) })
        guard case .unusable(let diagnostic) = SourceText.decode(data, file: file) else {
            Issue.record("expected a rejection")
            return
        }
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.formatted.hasPrefix("content/bad.md:1:1: error:"))
    }

    @Test func strayNULBytesAreReplacedWithAWarning() {
        let data = Data("# Title\n\nsome text with a \0 byte in a long enough paragraph\n".utf8)
        guard case .text(let text, let warnings) = SourceText.decode(data, file: file) else {
            Issue.record("expected text")
            return
        }
        #expect(!text.utf8.contains(0))
        #expect(warnings.map(\.rule) == ["nul-bytes"])
    }

    @Test func windowsLineEndingsAreNormalised() {
        guard case .text(let text, _) = SourceText.decode(Data("a\r\nb\r\n".utf8), file: file) else {
            Issue.record("expected text")
            return
        }
        #expect(text == "a\nb\n")
    }
}
