/// Where a file-oriented consumer (GitHub annotations, SARIF code scanning) should point for
/// one diagnostic: a path it can open, and a line and column only when they belong to that path.
///
/// A file inside an unpacked EPUB folder is a real file (`book/EPUB/nav.xhtml`), but a file
/// inside an `.epub` archive is not: those point at the archive and carry the inner place in
/// `inner` (`EPUB/nav.xhtml:3:5`) for the message text.
struct ArtifactPlace: Equatable {
    var path: String
    var line: Int?
    var column: Int?
    /// The place inside an archive, when `path` is the archive.
    var inner: String?

    init(path: String, line: Int? = nil, column: Int? = nil, inner: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.inner = inner
    }

    init(_ diagnostic: Diagnostic, in subject: ReportSubject) {
        guard let location = diagnostic.location else {
            self.init(path: subject.path)
            return
        }
        guard let container = location.container else {
            self.init(path: location.file, line: location.line, column: location.column)
            return
        }
        if subject.isArchive {
            let inner = SourceLocation(file: location.file, line: location.line, column: location.column)
            self.init(path: container, inner: inner.description)
        } else {
            self.init(path: ArtifactPlace.join(container, location.file), line: location.line, column: location.column)
        }
    }

    static func join(_ folder: String, _ file: String) -> String {
        if file.isEmpty { return folder }
        return folder.hasSuffix("/") ? folder + file : folder + "/" + file
    }

    /// The message with the inner place in front when the path is an archive.
    func prefixed(_ message: String) -> String {
        inner.map { "\($0): \(message)" } ?? message
    }
}
