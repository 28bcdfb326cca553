/// A set of lowercased ASCII words asked about by their UTF-8 bytes, so that a run of text
/// is looked up without first being made a `String` (`TopicWords` asks for every run of
/// every document's title, summary and root cause). Open addressing over an FNV-1a hash;
/// the set never changes once made.
struct ByteWordSet: Sendable {
    /// The words one after the other; word `k` ends at `ends[k]`.
    private let bytes: [UInt8]
    private let ends: [Int]
    /// Each slot holds a word's number plus one, or 0 when empty.
    private let slots: [Int]

    init(_ words: some Sequence<String>) {
        var bytes: [UInt8] = [], ends: [Int] = []
        for word in Set(words).sorted() {
            bytes += word.utf8
            ends.append(bytes.count)
        }
        var size = 16
        while size < 2 * ends.count { size *= 2 }
        var slots = [Int](repeating: 0, count: size)
        var start = 0
        for (number, end) in ends.enumerated() {
            var slot = Self.hash(bytes[start..<end], nil) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = number + 1
            start = end
        }
        self.bytes = bytes
        self.ends = ends
        self.slots = slots
    }

    /// True when the bytes are one of the words.
    func contains(_ word: some Collection<UInt8>) -> Bool {
        find(word, nil)
    }

    /// True when `first`, a space and `second` are one of the words ("united states").
    func contains<C: Collection<UInt8>>(_ first: C, _ second: C) -> Bool {
        find(first, second)
    }

    private func find<C: Collection<UInt8>>(_ first: C, _ second: C?) -> Bool {
        let length = first.count + (second.map { $0.count + 1 } ?? 0)
        var slot = Self.hash(first, second) & (slots.count - 1)
        while slots[slot] != 0 {
            let number = slots[slot] - 1
            let start = number == 0 ? 0 : ends[number - 1]
            if ends[number] - start == length, matches(start, first, second) { return true }
            slot = (slot + 1) & (slots.count - 1)
        }
        return false
    }

    private func matches<C: Collection<UInt8>>(_ start: Int, _ first: C, _ second: C?) -> Bool {
        var offset = start
        for byte in first {
            guard bytes[offset] == byte else { return false }
            offset += 1
        }
        guard let second else { return true }
        guard bytes[offset] == UInt8(ascii: " ") else { return false }
        offset += 1
        for byte in second {
            guard bytes[offset] == byte else { return false }
            offset += 1
        }
        return true
    }

    private static func hash<C: Collection<UInt8>>(_ first: C, _ second: C?) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        first.forEach(add)
        if let second {
            add(UInt8(ascii: " "))
            second.forEach(add)
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
