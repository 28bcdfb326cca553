import Testing
@testable import HindsightCore

struct ASCIITextSearchTests {
    @Test func findsAWordInEitherCaseAndTellsWhereItEnds() {
        #expect(ASCIIText.offset(after: "timeline", ignoringCaseIn: "## Incident TIMELINE (UTC)") == 20)
        #expect(ASCIIText.offset(after: "time line", ignoringCaseIn: "Time Line") == 9)
        #expect(ASCIIText.contains("owner:", ignoringCaseIn: "Fix the cert (Owner: sre)"))
    }

    /// A partial match must not hide a real one that starts inside it.
    @Test func findsAWordAfterAFalseStartThatOverlapsIt() {
        #expect(ASCIIText.offset(after: "aab", ignoringCaseIn: "aaab") == 4)
        #expect(ASCIIText.contains("chronolog", ignoringCaseIn: "chronochronology"))
    }

    @Test func missesWhatIsNotThere() {
        #expect(!ASCIIText.contains("timeline", ignoringCaseIn: "time"))
        #expect(!ASCIIText.contains("timeline", ignoringCaseIn: ""))
        #expect(!ASCIIText.contains("key events", ignoringCaseIn: "key-events"))
        #expect(ASCIIText.offset(after: "timeline", ignoringCaseIn: Substring("Root cause")) == nil)
    }
}
