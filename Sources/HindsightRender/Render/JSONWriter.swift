/// Writes JSON straight into UTF-8 bytes, byte for byte as Foundation's `JSONEncoder` does
/// with `[.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]`. JSONEncoder first builds a
/// tree of boxed values and then writes it: for `incidents.json` that was 8 % of the time of
/// a cold build of 10,000 documents.
///
/// The value is written `indentation` spaces deeper, its first line included, for its place
/// in a larger file. Members are written in the order given, which must be JSONEncoder's: by
/// key, compared as UTF-8 bytes (checked in debug builds).
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Spaces before each line of the innermost open object or array.
    private var indentation: Int
    /// The innermost open object or array has nothing in it yet.
    private var isEmpty = true
    /// The innermost open object's last key, which the next one must sort after.
    private var lastKey: String?

    init(indentation: Int = 0) {
        self.indentation = indentation
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indentation))
    }

    mutating func member(_ key: String, _ value: some JSONWritable) {
        assert(lastKey.map { $0.utf8.lexicographicallyPrecedes(key.utf8) } ?? true, "\(key) written after \(lastKey ?? "")")
        lastKey = key
        startItem()
        bytes.appendJSONString(key)
        bytes.append(contentsOf: " : ".utf8)
        value.write(to: &self)
    }

    /// Leaves the member out when there is no value, as synthesized `Encodable` conformances do.
    mutating func member(_ key: String, ifPresent value: (some JSONWritable)?) {
        if let value { member(key, value) }
    }

    mutating func object(_ members: (inout JSONWriter) -> Void) {
        container(opening: "{", closing: "}", members)
    }

    mutating func array(_ elements: [some JSONWritable]) {
        container(opening: "[", closing: "]") { json in
            for element in elements {
                json.startItem()
                element.write(to: &json)
            }
        }
    }

    mutating func string(_ text: String) { bytes.appendJSONString(text) }

    mutating func integer(_ number: Int) { bytes.append(contentsOf: String(number).utf8) }

    mutating func null() { bytes.append(contentsOf: "null".utf8) }

    /// The state of the container around this one is kept on the stack while it is written.
    /// An empty container is its brackets with a blank, unindented line between them.
    private mutating func container(opening: Unicode.Scalar, closing: Unicode.Scalar, _ contents: (inout JSONWriter) -> Void) {
        let outer = (isEmpty, lastKey)
        (isEmpty, lastKey) = (true, nil)
        bytes.append(UInt8(ascii: opening))
        indentation += 2
        contents(&self)
        indentation -= 2
        if isEmpty { bytes.append(UInt8(ascii: "\n")) }
        startLine()
        bytes.append(UInt8(ascii: closing))
        (isEmpty, lastKey) = outer
    }

    /// Before a member or an element: the comma after the previous one, then a line of its own.
    private mutating func startItem() {
        if !isEmpty { bytes.append(UInt8(ascii: ",")) }
        isEmpty = false
        startLine()
    }

    private mutating func startLine() {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indentation))
    }
}
