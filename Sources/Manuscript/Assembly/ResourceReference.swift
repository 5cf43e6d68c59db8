import Diagnostics

/// Where a manuscript refers to a file it wants in the book (an image), so the assembler can
/// report a missing or unusable file at the line that names it.
public struct ResourceReference: Hashable, Sendable {
    /// The source exactly as it appears in the model (`Block.figure` / `Inline.image`).
    public var source: String
    public var location: SourceLocation

    public init(source: String, location: SourceLocation) {
        self.source = source
        self.location = location
    }
}
