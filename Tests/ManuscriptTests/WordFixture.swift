import BookModel
import Diagnostics
import Foundation
@testable import Manuscript
import TestSupport
import XCTest

/// Reads the Word and OpenDocument fixtures in `Fixtures/Word/` (made by make-fixtures.py with
/// python-docx, pandoc and LibreOffice) the way `ManuscriptFile` does.
enum WordFixture {
    static func url(_ name: String) -> URL {
        testDirectory().appendingPathComponent("Fixtures/Word").appendingPathComponent(name)
    }

    static func data(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> Data {
        try XCTUnwrap(FileManager.default.contents(atPath: url(name).path), "missing fixture \(name)", file: file, line: line)
    }

    /// The manuscript (nil when it could not be read) and everything reported.
    static func read(_ name: String, splitLevel: Int? = nil) throws -> (Manuscript?, DiagnosticSink) {
        var sink = DiagnosticSink()
        let data = try data(name)
        let manuscript = OpenDocumentReader.extensions.contains((name as NSString).pathExtension)
            ? OpenDocumentReader.read(data, path: name, splitLevel: splitLevel, sink: &sink)
            : WordReader.read(data, path: name, splitLevel: splitLevel, sink: &sink)
        return (manuscript, sink)
    }

    static func chapters(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> (Manuscript, DiagnosticSink) {
        let (manuscript, sink) = try read(name)
        return (try XCTUnwrap(manuscript, "\(name) was not read: \(sink.diagnostics.map(\.message))", file: file, line: line), sink)
    }
}

extension Array where Element == Block {
    /// Every block at any depth, in order: lists, quotations and divisions opened.
    var flattened: [Block] {
        flatMap { block -> [Block] in
            switch block {
            case .blockquote(let inner), .division(_, let inner): return [block] + inner.flattened
            case .list(_, _, let items): return [block] + items.flatMap { $0.flattened }
            default: return [block]
            }
        }
    }
}

extension Chapter {
    var paragraphTexts: [String] {
        blocks.flattened.compactMap { if case .paragraph(let c, _) = $0 { return c.plainText } else { return nil } }
    }
}
