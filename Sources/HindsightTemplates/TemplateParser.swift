/// Reads a template's text into a tree of `TemplateNode`s, once, with the position of every
/// tag. Follows the Mustache specification: a section, comment, partial, pragma or
/// set-delimiter tag alone on its line takes the whole line with it, and a partial alone on
/// its line gives its indentation to every line it writes.
struct TemplateParser {
    private let source: [UInt8]
    private var openDelimiter: [UInt8] = Array("{{".utf8)
    private var closeDelimiter: [UInt8] = Array("}}".utf8)
    private var lines: LineCounter
    /// The sections open where reading is, innermost last; the template's own nodes first.
    private var open: [OpenSection] = []
    private var nodes: [TemplateNode] = []

    private struct OpenSection {
        var name: TemplateName
        /// The name as written, which the closing tag must repeat.
        var text: String
        var inverted: Bool
        var position: TemplatePosition
        var body: [TemplateNode] = []
    }

    private init(_ text: String) {
        source = Array(text.utf8)
        lines = LineCounter(source)
    }

    static func parse(_ text: String) throws(TemplateError) -> [TemplateNode] {
        var parser = TemplateParser(text)
        return try parser.parse()
    }

    private mutating func parse() throws(TemplateError) -> [TemplateNode] {
        var textStart = 0
        while let tagStart = firstIndex(of: openDelimiter, from: textStart) {
            let textPosition = lines.position(of: textStart)
            let tag = try readTag(at: tagStart)
            let standalone = tag.canStandAlone ? standaloneLine(around: tag) : nil
            appendText(textStart..<(standalone?.indentation.lowerBound ?? tagStart), at: textPosition)
            let indentation = standalone.map { Array(source[$0.indentation]) }
            try handle(tag, indentation: indentation)
            textStart = standalone?.next ?? tag.end
        }
        appendText(textStart..<source.count, at: lines.position(of: textStart))
        if let unclosed = open.last {
            let name = unclosed.text
            throw TemplateError("section `\(name)` opened at line \(unclosed.position.line) is never closed; close it with `\(tagText("/" + name))`",
                                at: unclosed.position)
        }
        return nodes
    }

    // MARK: Tags

    private struct Tag {
        var sigil: Sigil
        /// The text between the sigil and the closing delimiter, without surrounding space.
        var content: String
        var start: Int
        /// Just past the closing delimiter.
        var end: Int
        var position: TemplatePosition

        var canStandAlone: Bool { sigil != .variable && sigil != .unescaped && sigil != .tripleMustache }
    }

    private enum Sigil: UInt8 {
        case variable = 0
        case comment = 0x21 // !
        case section = 0x23 // #
        case inverted = 0x5E // ^
        case close = 0x2F // /
        case partial = 0x3E // >
        case unescaped = 0x26 // &
        case tripleMustache = 0x7B // {
        case setDelimiters = 0x3D // =
        case pragma = 0x25 // %
        case parent = 0x3C // <
        case block = 0x24 // $
    }

    private mutating func readTag(at start: Int) throws(TemplateError) -> Tag {
        let position = lines.position(of: start)
        let afterOpen = start + openDelimiter.count
        let sigil = afterOpen < source.count ? Sigil(rawValue: source[afterOpen]) ?? .variable : .variable
        let contentStart = sigil == .variable ? afterOpen : afterOpen + 1
        // `{{{name}}}` and `{{=<% %>=}}` end with their own character before the delimiter.
        let ending: [UInt8] = switch sigil {
        case .tripleMustache: Array("}".utf8) + closeDelimiter
        case .setDelimiters: Array("=".utf8) + closeDelimiter
        default: closeDelimiter
        }
        guard contentStart <= source.count, let contentEnd = firstIndex(of: ending, from: contentStart) else {
            throw TemplateError("this tag is never closed: the template ends before its `\(String(decoding: ending, as: UTF8.self))`", at: position)
        }
        let content = String(decoding: source[contentStart..<contentEnd], as: UTF8.self).trimmingWhitespace()
        return Tag(sigil: sigil, content: content, start: start, end: contentEnd + ending.count, position: position)
    }

    private mutating func handle(_ tag: Tag, indentation: [UInt8]?) throws(TemplateError) {
        switch tag.sigil {
        case .comment:
            break
        case .variable, .unescaped, .tripleMustache:
            append(TemplateNode(kind: .variable(try name(of: tag), escaped: tag.sigil == .variable), position: tag.position))
        case .section, .inverted:
            open.append(OpenSection(name: try name(of: tag), text: tag.content, inverted: tag.sigil == .inverted, position: tag.position))
        case .close:
            try close(tag)
        case .partial:
            guard !tag.content.isEmpty, !tag.content.contains(where: \.isWhitespace) else {
                throw TemplateError("`\(tagText(">" + tag.content))` does not name a partial: write `\(tagText("> name"))`", at: tag.position)
            }
            append(TemplateNode(kind: .partial(tag.content, indentation: indentation), position: tag.position))
        case .setDelimiters:
            let delimiters = tag.content.split(whereSeparator: \.isWhitespace)
            guard delimiters.count == 2, !delimiters.contains(where: { $0.contains("=") }) else {
                throw TemplateError("this set-delimiter tag is malformed: write two delimiters separated by a space, as in `{{=<% %>=}}`", at: tag.position)
            }
            openDelimiter = Array(delimiters[0].utf8)
            closeDelimiter = Array(delimiters[1].utf8)
        case .pragma:
            append(TemplateNode(kind: .contentType(try contentType(of: tag)), position: tag.position))
        case .parent, .block:
            throw TemplateError("blocks and parents (`{{$name}}`, `{{<name}}`) are not supported: use partials (`{{>name}}`)", at: tag.position)
        }
    }

    private func name(of tag: Tag) throws(TemplateError) -> TemplateName {
        guard let name = TemplateName(tag.content) else {
            throw TemplateError("`\(tag.content)` is not a name: a name is a dotted path without spaces (`incident.title`), `.`, or a transform of one (`lowercased(title)`); or the tag is not closed by `\(String(decoding: closeDelimiter, as: UTF8.self))`",
                                at: tag.position)
        }
        return name
    }

    private mutating func close(_ tag: Tag) throws(TemplateError) {
        guard let section = open.popLast() else {
            throw TemplateError("`\(tagText("/" + tag.content))` closes a section that was never opened", at: tag.position)
        }
        guard section.text == tag.content else {
            let name = section.text
            throw TemplateError("`\(tagText("/" + tag.content))` closes section `\(name)` opened at line \(section.position.line); close that section first, with `\(tagText("/" + name))`",
                                at: tag.position)
        }
        append(TemplateNode(kind: .section(section.name, inverted: section.inverted, body: section.body), position: section.position))
    }

    private func contentType(of tag: Tag) throws(TemplateError) -> TemplateContentType {
        let names = TemplateContentType.allCases.map(\.rawValue).joined(separator: ", ")
        guard let colon = tag.content.firstIndex(of: ":") else {
            throw TemplateError("this pragma is malformed: write it as `{{% CONTENT_TYPE: HTML}}`", at: tag.position)
        }
        let key = tag.content[..<colon].trimmingWhitespace()
        let value = tag.content[tag.content.index(after: colon)...].trimmingWhitespace()
        guard key == "CONTENT_TYPE" else {
            throw TemplateError("unknown pragma `\(key)`: the only one is `CONTENT_TYPE`, set to \(names)", at: tag.position)
        }
        guard let contentType = TemplateContentType(rawValue: value) else {
            throw TemplateError("unknown content type `\(value)`: `CONTENT_TYPE` is one of \(names)", at: tag.position)
        }
        return contentType
    }

    /// A tag as written with the current delimiters, for messages.
    private func tagText(_ inside: String) -> String {
        String(decoding: openDelimiter, as: UTF8.self) + inside + String(decoding: closeDelimiter, as: UTF8.self)
    }

    // MARK: Text and lines

    private mutating func append(_ node: TemplateNode) {
        if open.isEmpty { nodes.append(node) } else { open[open.count - 1].body.append(node) }
    }

    private mutating func appendText(_ range: Range<Int>, at position: TemplatePosition) {
        guard !range.isEmpty else { return }
        append(TemplateNode(kind: .text(Array(source[range])), position: position))
    }

    /// When only spaces and tabs surround `tag` on its line: the whitespace before it, and
    /// where the text after its line ending starts.
    private func standaloneLine(around tag: Tag) -> (indentation: Range<Int>, next: Int)? {
        var lineStart = tag.start
        while lineStart > 0, Self.isBlank(source[lineStart - 1]) { lineStart -= 1 }
        guard lineStart == 0 || source[lineStart - 1] == UInt8(ascii: "\n") else { return nil }
        var lineEnd = tag.end
        while lineEnd < source.count, Self.isBlank(source[lineEnd]) { lineEnd += 1 }
        if lineEnd == source.count { return (lineStart..<tag.start, lineEnd) }
        if source[lineEnd] == UInt8(ascii: "\n") { return (lineStart..<tag.start, lineEnd + 1) }
        if source[lineEnd] == UInt8(ascii: "\r"), lineEnd + 1 < source.count, source[lineEnd + 1] == UInt8(ascii: "\n") {
            return (lineStart..<tag.start, lineEnd + 2)
        }
        return nil
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    private func firstIndex(of needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, source.count >= needle.count else { return nil }
        var index = start
        while index <= source.count - needle.count {
            if source[index] == first, source[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

extension StringProtocol {
    fileprivate func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
