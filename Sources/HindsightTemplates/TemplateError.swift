/// A template that does not parse, in words, at the position of the tag at fault.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    public var position: TemplatePosition
    public var message: String

    public init(_ message: String, at position: TemplatePosition) {
        self.message = message
        self.position = position
    }

    public var line: Int { position.line }
    public var column: Int { position.column }
    public var description: String { "\(position): \(message)" }
}
