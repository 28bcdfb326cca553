import Mustache

/// A template that does not parse, said in words at `file:line:column`.
///
/// swift-mustache reports a bare case name (`expectedSectionEnd`) and the position where it
/// stopped reading, which for a section left open is the end of the file. This is the one
/// place that knows the library's errors, so that the engine can be replaced without
/// touching the themes' messages elsewhere.
struct TemplateSyntaxError {
    /// The template file, as messages name it.
    let path: String
    /// The template's text, to find the sections that are open where the parser stopped.
    let text: String

    /// The diagnostic for `error`, thrown while parsing `text`.
    func diagnostic(for error: any Error) -> Diagnostic {
        guard let parserError = error as? MustacheTemplate.ParserError else {
            return located(line: 1, column: 1, "the template cannot be read: \(error)")
        }
        let stop = (line: parserError.context.lineNumber, column: parserError.context.columnNumber)
        let sections = SectionTags(text)
        switch parserError.error {
        case MustacheTemplate.Error.expectedSectionEnd:
            guard let open = sections.unclosed.last else {
                return located(line: stop.line, column: stop.column, "a section is never closed")
            }
            return located(line: open.line, column: open.column,
                           "section `\(open.name)` opened at line \(open.line) is never closed; close it with `{{/\(open.name)}}`")
        case MustacheTemplate.Error.sectionCloseNameIncorrect:
            guard let close = sections.firstMismatch else {
                return located(line: stop.line, column: stop.column, "this closing tag does not match the section it closes")
            }
            let message = close.opened.map { "`{{/\(close.tag.name)}}` closes section `\($0.name)` opened at line \($0.line); close that section first, with `{{/\($0.name)}}`" }
                ?? "`{{/\(close.tag.name)}}` closes a section that was never opened"
            return located(line: close.tag.line, column: close.tag.column, message)
        case MustacheTemplate.Error.unfinishedName:
            return located(line: stop.line, column: stop.column,
                           "this tag is not closed by `}}`, or its name holds a character names cannot have (they are letters, digits, `.`, `-`, `_`, `?` and `*`, with an optional `(transform)`)")
        case MustacheTemplate.Error.invalidSetDelimiter:
            return located(line: stop.line, column: stop.column,
                           "this set-delimiter tag is malformed: write two delimiters separated by a space, as in `{{=<% %>=}}`")
        case MustacheTemplate.Error.transformAppliedToInheritanceSection:
            return located(line: stop.line, column: stop.column, "a block (`{{$name}}`) cannot take a transform")
        case MustacheTemplate.Error.illegalTokenInsideInheritSection, MustacheTemplate.Error.textInsideInheritSection:
            return located(line: stop.line, column: stop.column,
                           "a partial with inheritance (`{{<name}}`) may hold only blocks (`{{$name}}`) and blank lines")
        case MustacheTemplate.Error.invalidConfigVariableSyntax:
            return located(line: stop.line, column: stop.column, "this pragma is malformed: write it as `{{% CONTENT_TYPE: HTML}}`")
        case MustacheTemplate.Error.unrecognisedConfigVariable:
            return located(line: stop.line, column: stop.column,
                           "unknown pragma: the only one is `CONTENT_TYPE`, set to HTML, TEXT, \(FastHTMLContentType.name) or \(JSONStringContentType.name)")
        default:
            // The library's reader throws an internal `overflow` when the text ends before
            // the tag it is reading does (an unclosed `{{name` or `{{! comment`).
            if "\(parserError.error)" == "overflow" {
                return located(line: stop.line, column: stop.column, "this tag is never closed: the template ends before its `}}`")
            }
            return located(line: stop.line, column: stop.column, "the template cannot be parsed: \(parserError.error)")
        }
    }

    private func located(line: Int, column: Int, _ message: String) -> Diagnostic {
        Diagnostic(file: path, line: line, column: column, severity: .error, rule: "theme-template-invalid", message: message)
    }
}

/// The section tags of a template (`{{#name}}`, `{{^name}}`, `{{$name}}`, `{{<name}}` and
/// `{{/name}}`) paired as the parser pairs them, to name the section an error is about.
/// Read with the default delimiters: a template that sets others gets the parser's position only.
private struct SectionTags {
    struct Tag {
        var name: String
        var line: Int
        var column: Int
    }

    /// The sections still open at the end of the text, outermost first.
    private(set) var unclosed: [Tag] = []
    /// The first closing tag that does not close the innermost open section, and that section.
    private(set) var firstMismatch: (tag: Tag, opened: Tag?)?

    init(_ text: String) {
        var line = 1, column = 1
        var rest = Substring(text)
        while let start = rest.firstRange(of: "{{") {
            for character in rest[..<start.lowerBound] {
                if character.isNewline { line += 1; column = 1 } else { column += 1 }
            }
            let tagColumn = column
            rest = rest[start.upperBound...]
            column += 2
            guard let end = rest.firstRange(of: "}}") else { break }
            let inside = rest[..<end.lowerBound].trimmingPrefix(while: \.isWhitespace)
            if let sigil = inside.first, "#^$</".contains(sigil) {
                let name = String(inside.dropFirst().trimmingPrefix(while: \.isWhitespace)
                    .prefix { !$0.isWhitespace })
                record(Tag(name: name, line: line, column: tagColumn), closing: sigil == "/")
            }
            // The tag's own text, newlines included, moves the position on like any other.
            for character in rest[..<end.upperBound] {
                if character.isNewline { line += 1; column = 1 } else { column += 1 }
            }
            rest = rest[end.upperBound...]
        }
    }

    private mutating func record(_ tag: Tag, closing: Bool) {
        guard closing else {
            unclosed.append(tag)
            return
        }
        if unclosed.last?.name == tag.name {
            unclosed.removeLast()
        } else if firstMismatch == nil {
            firstMismatch = (tag, unclosed.last)
        }
    }
}
