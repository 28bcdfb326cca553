extension ClockGrammar {
    /// A digit followed by a colon (`13:50`), or by a letter that may begin AM, PM or hours
    /// (`7pm`, `10 AM`, `2100hrs`): the grammar is asked about prose only where this holds, as
    /// most of a document's digits are dates, versions and counts. Clocks in words (`noon`)
    /// are left to readers that expect a time.
    static func mayHoldAClock(_ text: Substring) -> Bool {
        var afterDigit = false, afterDigitAndSpace = false
        for byte in text.utf8 {
            if afterDigit, byte == UInt8(ascii: ":") { return true }
            if afterDigit || afterDigitAndSpace, clockLetters.contains(byte | 0x20) { return true }
            afterDigitAndSpace = afterDigit && byte == UInt8(ascii: " ")
            afterDigit = (0x30...0x39).contains(byte)
        }
        return false
    }

    private static let clockLetters: Set<UInt8> = [UInt8(ascii: "a"), UInt8(ascii: "p"), UInt8(ascii: "h")]
}
