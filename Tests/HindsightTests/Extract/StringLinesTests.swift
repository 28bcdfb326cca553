import Testing
@testable import HindsightCore

struct StringLinesTests {
    @Test func linesKeepEmptyOnesSoThatLineNumbersStayTrue() {
        #expect("09:00 start\n\n09:30 end\n".lines == ["09:00 start", "", "09:30 end", ""])
        #expect("".lines == [""])
        #expect("a\n\nb".nonEmptyLines == ["a", "b"])
    }

    /// `split(separator: "\n")` leaves "a\r\nb" whole, as "\r\n" is one character; a
    /// Windows line ending is still the end of a line.
    @Test func windowsLineEndingsEndLinesToo() {
        #expect("10:35 PM Alert\r\n10:40 PM Fix".lines.map(\.trimmed) == ["10:35 PM Alert", "10:40 PM Fix"])
    }

    @Test func nonASCIITextIsSplitAtItsLineFeedsOnly() {
        #expect("Détection à 10h\nRésolu 🎉".lines == ["Détection à 10h", "Résolu 🎉"])
    }
}
