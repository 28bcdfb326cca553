/// Line and column of byte offsets in a text, asked in increasing order as a parser reads:
/// each byte is counted once.
struct LineCounter {
    private let source: [UInt8]
    private var counted = 0
    private var line = 1
    private var lineStart = 0

    init(_ source: [UInt8]) { self.source = source }

    /// The column counts Unicode scalars: UTF-8 continuation bytes (`10xxxxxx`) are skipped.
    mutating func position(of offset: Int) -> TemplatePosition {
        precondition(offset >= counted, "positions are asked in reading order")
        while counted < offset {
            if source[counted] == UInt8(ascii: "\n") {
                line += 1
                lineStart = counted + 1
            }
            counted += 1
        }
        let column = source[lineStart..<offset].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return TemplatePosition(line: line, column: column)
    }
}
