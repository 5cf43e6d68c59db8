/// Where a diagnostic points: a file (a manuscript path, or a path inside a container),
/// optionally the container it sits in (an `.epub`), and a 1-based line and column.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file: a manuscript path, or a path inside `container` such as `EPUB/nav.xhtml`.
    public var file: String
    /// The archive or folder holding `file`, if any.
    public var container: String?
    public var line: Int?
    public var column: Int?

    public init(file: String, container: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.container = container
        self.line = line
        self.column = column
    }

    /// The same file at another position.
    public func at(line: Int?, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, container: container, line: line, column: column)
    }

    /// `container/file:line:col`, the shape editors and CI problem matchers parse.
    public var description: String {
        var s = container.map { "\($0)/\(file)" } ?? file
        if let line { s += ":\(line)"; if let column { s += ":\(column)" } }
        return s
    }
}
