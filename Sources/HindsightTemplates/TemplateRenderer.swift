/// Walks a template's tree over a context stack, writing UTF-8 into `output`.
struct TemplateRenderer {
    private(set) var output: [UInt8] = []
    private let partials: TemplateLibrary
    /// The contexts, innermost last: names are looked up from the innermost outwards.
    private var stack: [TemplateValue]
    private var listPosition: ListPosition?
    private var contentType = TemplateContentType.html
    /// What every line a partial writes starts with, when the partial's tag was alone on
    /// its line (nested partials add theirs).
    private var indentation: [UInt8] = []
    /// A line has ended in a partial: the next bytes written start a line and are indented.
    private var lineStartPending = false

    init(context: TemplateValue, partials: TemplateLibrary) {
        stack = [context]
        self.partials = partials
        output.reserveCapacity(16 * 1024)
    }

    mutating func render(_ nodes: [TemplateNode]) {
        for node in nodes {
            switch node.kind {
            case .text(let bytes):
                writeText(bytes)
            case .variable(let name, let escaped):
                if let value = resolve(name) { write(value, escaped: escaped) }
            case .section(let name, let inverted, let body):
                let value = resolve(name)
                if inverted {
                    if !Self.isTruthy(value) { renderScoped(body) }
                } else if let value {
                    renderSection(value, body)
                }
            case .partial(let name, let partialIndentation):
                if let partial = partials[name] { render(partial, indentedBy: partialIndentation) }
            case .contentType(let contentType):
                self.contentType = contentType
            }
        }
    }

    // MARK: Sections and partials

    /// False, an empty list and a missing value skip a section and show an inverted one.
    /// Unlike in some Mustache implementations, an empty string and zero are true (as in
    /// swift-mustache, which the themes were written for).
    private static func isTruthy(_ value: TemplateValue?) -> Bool {
        switch value {
        case nil: false
        case .bool(let truth): truth
        case .list(let items): !items.isEmpty
        default: true
        }
    }

    private mutating func renderSection(_ value: TemplateValue, _ body: [TemplateNode]) {
        switch value {
        case .bool(let truth):
            if truth { renderScoped(body) }
        case .list(let items):
            let outer = listPosition
            for (index, item) in items.enumerated() {
                listPosition = ListPosition(index: index, count: items.count)
                renderScoped(body, in: item)
            }
            listPosition = outer
        default:
            let outer = listPosition
            listPosition = nil
            renderScoped(body, in: value)
            listPosition = outer
        }
    }

    /// Renders a section's body, with `context` innermost when given; a pragma in the body
    /// holds to the section's end.
    private mutating func renderScoped(_ body: [TemplateNode], in context: TemplateValue? = nil) {
        let outerContentType = contentType
        if let context { stack.append(context) }
        render(body)
        if context != nil { stack.removeLast() }
        contentType = outerContentType
    }

    /// A partial starts with HTML escaping and outside any list, as in swift-mustache.
    private mutating func render(_ partial: Template, indentedBy partialIndentation: [UInt8]?) {
        let outer = (contentType, listPosition, indentation)
        contentType = .html
        listPosition = nil
        if let partialIndentation {
            indentation += partialIndentation
            lineStartPending = true
        }
        render(partial.nodes)
        (contentType, listPosition, indentation) = outer
    }

    // MARK: Names

    private func resolve(_ name: TemplateName) -> TemplateValue? {
        var transforms = name.transforms[...]
        var value: TemplateValue?
        if name.isListPosition {
            value = listPosition?.value(transforms.removeLast())
        } else if name.keys.isEmpty {
            value = stack.last
        } else if name.isAnchored {
            value = Self.descend(stack.last, name.keys[...])
        } else {
            let first = name.keys[0]
            for context in stack.reversed() {
                if let found = context.child(first) {
                    value = Self.descend(found, name.keys.dropFirst())
                    break
                }
            }
        }
        while let transform = transforms.popLast(), let current = value {
            value = TemplateTransform.apply(transform, to: current)
        }
        return value
    }

    private static func descend(_ value: TemplateValue?, _ keys: ArraySlice<String>) -> TemplateValue? {
        var value = value
        for key in keys { value = value?.child(key) }
        return value
    }

    // MARK: Writing

    private mutating func write(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .string(let string): write(string, escaped: escaped)
        case .int(let number): write(String(number), escaped: false)
        case .double(let number): write(number.description, escaped: false)
        case .bool(let truth): write(truth ? "true" : "false", escaped: false)
        // A list or an object has no text of its own.
        case .list, .object, .keyed: break
        }
    }

    private mutating func write(_ string: String, escaped: Bool) {
        guard !string.isEmpty else { return }
        startLineIfPending()
        let contentType = escaped ? contentType : .text
        if let written: Void = string.utf8.withContiguousStorageIfAvailable({ contentType.write($0, into: &output) }) {
            return written
        }
        Array(string.utf8).withUnsafeBufferPointer { contentType.write($0, into: &output) }
    }

    private mutating func writeText(_ bytes: [UInt8]) {
        guard !indentation.isEmpty else {
            output += bytes
            return
        }
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
            startLineIfPending()
            output += bytes[lineStart..<lineEnd]
            lineStartPending = bytes[lineEnd - 1] == UInt8(ascii: "\n")
            lineStart = lineEnd
        }
    }

    private mutating func startLineIfPending() {
        guard lineStartPending else { return }
        output += indentation
        lineStartPending = false
    }
}
