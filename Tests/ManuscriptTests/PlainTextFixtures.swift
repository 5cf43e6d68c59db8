import BookModel
import Diagnostics
import Foundation
import Manuscript
import TestSupport
import XCTest

/// Reads the plain-text fixtures in `Fixtures/plaintext/` the way the pipeline does: decode the
/// bytes, then read the text.
enum PlainTextFixture {
    static func url(_ name: String) -> URL {
        testDirectory().appendingPathComponent("Fixtures/plaintext").appendingPathComponent(name)
    }

    static func data(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> Data {
        try XCTUnwrap(FileManager.default.contents(atPath: url(name).path), "missing fixture \(name)", file: file, line: line)
    }

    /// The decoded text and what decoding reported.
    static func decode(_ name: String) throws -> (String?, DiagnosticSink) {
        var sink = DiagnosticSink()
        let text = TextDecoder.decode(try data(name), path: name, sink: &sink)
        return (text, sink)
    }

    /// The manuscript and everything decoding and reading reported.
    static func read(_ name: String, options: ReaderOptions = ReaderOptions(),
                     file: StaticString = #filePath, line: UInt = #line) throws -> (Manuscript, DiagnosticSink) {
        var sink = DiagnosticSink()
        let text = try XCTUnwrap(TextDecoder.decode(try data(name), path: name, sink: &sink),
                                 "\(name) did not decode: \(sink.diagnostics)", file: file, line: line)
        let manuscript = PlainTextReader.read(text, path: name, options: options, sink: &sink)
        return (manuscript, sink)
    }
}

// Names carry a `plain` prefix so they cannot clash with helpers other test files add.
extension DiagnosticSink {
    /// The IDs reported, in order.
    var plainIDs: [String] { diagnostics.map(\.id) }
}

extension Chapter {
    var plainTitle: String? { title?.plainText }
    var plainSubtitle: String? { subtitle?.plainText }
    /// The plain text of the chapter's top-level paragraphs.
    var plainParagraphs: [String] { blocks.compactMap(\.plainParagraph) }
}

extension Block {
    var plainParagraph: String? {
        if case .paragraph(let content, _) = self { return content.plainText }
        return nil
    }

    var plainStyle: ParagraphStyle? {
        if case .paragraph(_, let style) = self { return style }
        return nil
    }
}
