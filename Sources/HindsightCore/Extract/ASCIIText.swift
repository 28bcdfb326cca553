/// Fast paths for text made only of ASCII, as most postmortems are. There every character is
/// one byte (but "\r\n", which is white space either way), so splitting and case folding can
/// run over UTF-8 bytes without the grapheme breaking and Unicode property lookups
/// (`isWhitespace`, `isLetter`) that dominated the analysis profile. Each function returns
/// nil for other text, whose callers fall back to their `Character` code; for ASCII text
/// both give the same result.
enum ASCIIText {
    /// The text split at white space, like `split(whereSeparator: \.isWhitespace)`.
    static func words(of text: String) -> [Substring]? {
        split(text, where: isWhitespace)
    }

    /// The text split at line feeds, like `split(separator: "\n")`.
    static func lines(of text: String) -> [Substring]? {
        split(text) { $0 == 10 }
    }

    /// `split(whereSeparator:)` with the separator told by its byte, empty parts omitted.
    /// The parts are found as offsets over the raw bytes, then made into substrings.
    private static func split(_ text: String, where isSeparator: (UInt8) -> Bool) -> [Substring]? {
        // "\r\n" is one Character, a separator only when both its bytes are.
        let crlfSplitsAlike = isSeparator(13) == isSeparator(10)
        let offsets = text.utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>]? in
            var parts: [Range<Int>] = []
            var partStart: Int?
            for (offset, byte) in bytes.enumerated() {
                guard byte < 0x80, byte != 13 || crlfSplitsAlike else { return nil }
                if isSeparator(byte) {
                    if let start = partStart { parts.append(start..<offset) }
                    partStart = nil
                } else if partStart == nil {
                    partStart = offset
                }
            }
            if let start = partStart { parts.append(start..<bytes.count) }
            return parts
        }
        guard let parts = offsets ?? nil else { return nil }
        let utf8 = text.utf8
        return parts.map { text[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)] }
    }

    /// The runs of letters and digits of the text, lowercased, like
    /// `lowercased().split { !$0.isLetter && !$0.isNumber }`.
    static func lowercasedAlphanumericRuns(of text: some StringProtocol) -> [String]? {
        var runs: [String] = []
        var run: [UInt8] = []
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if isAlphanumeric(byte) {
                run.append(lowercased(byte))
            } else if !run.isEmpty {
                runs.append(String(decoding: run, as: UTF8.self))
                run.removeAll(keepingCapacity: true)
            }
        }
        if !run.isEmpty { runs.append(String(decoding: run, as: UTF8.self)) }
        return runs
    }

    /// True when `word`, lowercase ASCII, appears in the text with its letters in either case.
    static func contains(_ word: StaticString, ignoringCaseIn text: some StringProtocol) -> Bool {
        offset(after: word, ignoringCaseIn: text) != nil
    }

    /// The UTF-8 offset just past the first place `word` appears, as `contains` finds it.
    static func offset(after word: StaticString, ignoringCaseIn text: some StringProtocol) -> Int? {
        let wanted = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        // A plain loop: every paragraph of every document is searched for several words.
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            guard bytes.count >= wanted.count else { return nil }
            guard let head = wanted.first else { return 0 }
            var start = 0
            while start <= bytes.count - wanted.count {
                if lowercased(bytes[start]) == head {
                    var matched = 1
                    while matched < wanted.count, lowercased(bytes[start + matched]) == wanted[matched] { matched += 1 }
                    if matched == wanted.count { return start + matched }
                }
                start += 1
            }
            return nil
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(search) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(search)
    }

    /// True when the text has at most `limit` words between single spaces, as
    /// `split(separator: " ").count <= limit` says, without splitting a long paragraph.
    static func hasAtMost(_ limit: Int, wordsIn text: some StringProtocol) -> Bool {
        var count = WordCount(limit: limit)
        for byte in text.utf8 where count.passesLimit(reading: byte) { return false }
        return true
    }

    /// The first colon of the text when at most `limit` words, as `hasAtMost(_:wordsIn:)`
    /// counts them, come before it: `Action items: …`. A paragraph is read no further than
    /// the words a label can have.
    static func firstColon(afterAtMost limit: Int, wordsIn text: Substring) -> String.Index? {
        var count = WordCount(limit: limit)
        for index in text.utf8.indices {
            let byte = text.utf8[index]
            if byte == UInt8(ascii: ":") { return index }
            if count.passesLimit(reading: byte) { return nil }
        }
        return nil
    }

    /// Words between single spaces counted a byte at a time, as `split(separator: " ")`
    /// would find them.
    private struct WordCount {
        let limit: Int
        private var words = 0
        private var inWord = false

        init(limit: Int) { self.limit = limit }

        /// Reads one byte; true once more than `limit` words have begun.
        mutating func passesLimit(reading byte: UInt8) -> Bool {
            if byte == 32 {
                inWord = false
                return false
            }
            if !inWord {
                inWord = true
                words += 1
            }
            return words > limit
        }
    }

    /// True when the text has at most `limit` sentences, as `split(separator: ". ").count`
    /// counts them, without splitting it.
    static func hasAtMost(_ limit: Int, sentencesIn text: some StringProtocol) -> Bool {
        var sentences = 0, inSentence = false, afterStop = false
        for byte in text.utf8 {
            if afterStop, byte == 32 {
                inSentence = false
                afterStop = false
                continue
            }
            afterStop = byte == UInt8(ascii: ".")
            if !inSentence {
                inSentence = true
                sentences += 1
                if sentences > limit { return false }
            }
        }
        return true
    }

    static func isASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// The ASCII characters with the Unicode White_Space property, which `isWhitespace` tests.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 32 || (9...13).contains(byte)
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte + 32 : byte
    }
}
