import BookModel
import Diagnostics
import Foundation
@testable import Manuscript
import OCF
import XCTest

/// Missing alt text is a build warning at the manuscript's place (issue 11), for every format
/// that carries images: Markdown (MarkdownReaderTests), OpenDocument (OpenDocumentReaderTests)
/// and Word, here: a picture whose description is removed, not marked decorative.
final class ImageAltWarningTests: XCTestCase {
    func testWordPictureWithoutDescriptionIsReportedAtItsPart() throws {
        var sink = DiagnosticSink()
        let original = try WordFixture.data("textbox-fields-images.docx")
        let (_, publication) = try XCTUnwrap(Archive.read(data: original, name: "images.docx", sink: &sink))
        var changed = Publication()
        for entry in publication.entries {
            var data = entry.data
            if entry.path == "word/document.xml" {
                let xml = String(decoding: data, as: UTF8.self)
                XCTAssertTrue(xml.contains(#" descr="A red square on the chart table""#))
                data = Data(xml.replacingOccurrences(of: #" descr="A red square on the chart table""#, with: "").utf8)
            }
            changed.add(path: entry.path, data: data)
        }
        let docx = try Archive.data(changed, date: Date(timeIntervalSince1970: 1_700_000_000))
        var readSink = DiagnosticSink()
        let manuscript = try XCTUnwrap(WordReader.read(docx, path: "images.docx", splitLevel: nil, sink: &readSink))
        let missing = readSink.diagnostics.filter { $0.id == "IMP-RES-001" }
        XCTAssertEqual(missing.count, 1, "\(readSink.diagnostics.map { "\($0.id) \($0.message)" })")
        XCTAssertEqual(missing.first?.severity, .warning)
        XCTAssertEqual(missing.first?.location?.file, "word/document.xml")
        XCTAssertEqual(missing.first?.location?.container, "images.docx")
        XCTAssertNotNil(missing.first?.location?.line)
        // The image stays, with an empty alt the renderer will not claim as described.
        guard case .figure(_, "", _)? = manuscript.chapters.first?.blocks.first else {
            return XCTFail("\(manuscript.chapters.first?.blocks.first.map { "\($0)" } ?? "none")")
        }
    }
}
