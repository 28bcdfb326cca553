import Testing
@testable import HindsightCore

/// `trimmed` answers most text from its end bytes; these pin what the fast path must still
/// agree with the character walk on.
struct TrimmedTests {
    @Test(arguments: [
        ("Root cause", "Root cause"), ("  Root cause \n", "Root cause"), ("\t12:03AM\r\n", "12:03AM"),
        ("\u{00A0}Détection\u{2003}", "Détection"), ("é", "é"), ("x\u{0301}", "x\u{0301}"), (" \n\t ", ""), ("", ""),
        ("a", "a"), ("🔥 Outage 🔥", "🔥 Outage 🔥"), ("\u{3000}停電", "停電"),
    ])
    func trimsWhiteSpaceOfAnyKindAtBothEnds(_ written: String, _ expected: String) {
        #expect(written.trimmed == expected)
    }

    @Test func aSubstringIsTrimmedToItsOwnBounds() {
        let line = "- Owner: sre \n- Status: open"
        let first = line.split(separator: "\n")[0].dropFirst(2)
        #expect(first.trimmed == "Owner: sre")
    }
}
