/// One section of a publication's accessibility statement as a reading system would display it
/// (W3C Accessibility Metadata Display Guide 2.0): a heading and its statements, in order.
/// `imprint check --accessibility` shows it with `--verbose` and in JSON.
public struct StatementSection: Sendable, Hashable {
    public var heading: String
    public var statements: [String]

    public init(heading: String, statements: [String]) {
        self.heading = heading
        self.statements = statements
    }
}
