/// Where a tag starts in its template: line and column from 1, the column counted in
/// characters (Unicode scalars) as editors count them.
public struct TemplatePosition: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
