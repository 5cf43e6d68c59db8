import BookModel
import Diagnostics
import Foundation
@testable import Imprint
import Manuscript
import Rendering

/// The manuscript side of `imprint build`, in memory: decode, read, assemble, then render, pack
/// and check exactly as the build does (`BookBuilder.package`).
///
/// Whatever the author wrote, the manuscript may be refused but the book Imprint makes of it
/// must never fail its own contract or check: IMP-BLD-002 is an Imprint bug, so the fuzzer stops
/// on it with the findings, as it stops on a crash.
public enum BookPipeline {
    /// An empty folder of this process's own: the book's root, so every path a manuscript names
    /// resolves to nothing (and paths leaving it are refused, as in a real build).
    static let root: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("imprint-fuzz-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    static let date = Date(timeIntervalSince1970: 1_700_000_000)

    /// Builds a book from one manuscript file's bytes; `name` (`book.txt`, `book.md`) picks
    /// the reader as the file name would.
    @discardableResult
    public static func build(bytes: Data, name: String, version: EPUBVersion = .epub3) -> Data? {
        let path = root.appendingPathComponent(name).path
        var sink = DiagnosticSink()
        guard let text = TextDecoder.decode(bytes, path: path, sink: &sink) else { return nil }
        let options = SourceOptions()
        let read = ManuscriptFile.read(text: text, displayPath: path, options: options, splitLevel: nil, sink: &sink)
        let metadata = read.frontMatter.map { [$0.fields] } ?? []
        guard let book = BookAssembler.assemble(manuscripts: [read.manuscript], metadata: metadata,
                                                configuration: read.frontMatter?.configuration, baseDirectory: root,
                                                options: options, sink: &sink) else { return nil }
        return package(book, version: version, sink: &sink)
    }

    /// Builds a book whose metadata (`book.yaml`) is `bytes`, around a fixed one-chapter manuscript.
    public static func build(metadata bytes: Data, version: EPUBVersion = .epub3) {
        // Through a file, as the build reads metadata: UTF-8 only, a size judged first.
        let url = root.appendingPathComponent("book.yaml")
        var sink = DiagnosticSink()
        guard (try? bytes.write(to: url)) != nil else { fatalError("cannot write \(url.path)") }
        guard let document = MetadataReader.read(file: url, displayPath: url.path, sink: &sink) else { return }
        let options = SourceOptions()
        let chapter = ManuscriptFile.read(text: "# One\n\nIt was a dark night.\n", displayPath: root.appendingPathComponent("one.md").path,
                                          options: options, splitLevel: document.configuration.splitLevel, sink: &sink)
        guard let book = BookAssembler.assemble(manuscripts: [chapter.manuscript], metadata: [document.fields],
                                                configuration: document.configuration, baseDirectory: root,
                                                options: options, sink: &sink) else { return }
        _ = package(book, version: version, sink: &sink)
    }

    /// The packed book, or nil when the manuscript was refused.
    private static func package(_ book: Book, version: EPUBVersion, sink: inout DiagnosticSink) -> Data? {
        // The build refuses a manuscript with errors before rendering; so does this.
        guard !sink.hasErrors else { return nil }
        let request = BuildRequest(epubVersion: version, date: date)
        let data = BookBuilder.package(book, request: request, date: date, sink: &sink).data
        let bugs = sink.diagnostics.filter { $0.id == DiagnosticCode.ownOutputInvalid.id }
        if !bugs.isEmpty {
            let findings = bugs.map { "\($0.message)\n" + $0.notes.joined(separator: "\n") }.joined(separator: "\n")
            fatalError("IMP-BLD-002, the book broke Imprint's own output checks:\n\(findings)")
        }
        return data
    }
}
