import BookModel
import Diagnostics
import Manuscript
import XCTest

/// Project Gutenberg's header, licence, producer's credit and the publisher's pages after
/// THE END are not the book; its "Title:" and "Author:" fields are.
final class PlainTextGutenbergTests: XCTestCase {
    func testFrameIsRemovedAndFieldsKept() throws {
        let (m, sink) = try PlainTextFixture.read("gutenberg-framed-crlf.txt")
        XCTAssertEqual(m.detectedTitle, "The Ferryman")
        XCTAssertEqual(m.detectedAuthor, "Ada Lorne")
        XCTAssertEqual(m.chapters.map(\.plainTitle), ["CHAPTER I. THE CROSSING", "CHAPTER II. THE FAR BANK"])
        // "A Tale of the River" between the title and "by Ada Lorne" is the subtitle, so
        // nothing of that opening is left out as a printed title page.
        XCTAssertEqual(m.detectedSubtitle, "A Tale of the River")
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-010", "IMP-SRC-009", "IMP-SRC-011"])
        XCTAssertTrue(sink.diagnostics.allSatisfy { $0.severity == .info })

        let text = m.chapters.flatMap(\.plainParagraphs).joined(separator: "\n")
        for framing in ["Gutenberg", "Produced by", "License", "Transcriber", "A Tale of the River"] {
            XCTAssertFalse(text.contains(framing), "\(framing) should be gone")
        }
        XCTAssertEqual(m.chapters[1].plainParagraphs, [
            "Nobody he took across ever came back by his ferry, and he had stopped wondering why.", "THE END",
        ])
        XCTAssertEqual(m.chapters[0].source?.line, 46)
    }

    func testModernMarkersAndNoHeaderFields() {
        let text = """
            The Project Gutenberg eBook of Quiet Water

            *** START OF THE PROJECT GUTENBERG EBOOK QUIET WATER ***

            Quiet Water

            by Lena Ostrova

            The water was quiet that year, and the boats stayed in.

            *** END OF THE PROJECT GUTENBERG EBOOK QUIET WATER ***

            Section 1. General Terms of Use and Redistributing Project Gutenberg electronic works
            """
        var sink = DiagnosticSink()
        let m = PlainTextReader.read(text, path: "quiet.txt", options: ReaderOptions(), sink: &sink)
        XCTAssertEqual(m.detectedTitle, "Quiet Water")
        XCTAssertEqual(m.detectedAuthor, "Lena Ostrova")
        XCTAssertEqual(m.chapters.count, 1)
        XCTAssertEqual(m.chapters[0].plainParagraphs, ["The water was quiet that year, and the boats stayed in."])
        XCTAssertEqual(sink.plainIDs, ["IMP-SRC-010"])
    }

    func testTheEndIsOnlyAFrameInGutenbergTexts() {
        let text = "Chapter 1\n\nIt was over.\n\nTHE END\n\nAuthor's note: thank you for reading.\n"
        var sink = DiagnosticSink()
        let m = PlainTextReader.read(text, path: "own.txt", options: ReaderOptions(), sink: &sink)
        XCTAssertEqual(m.chapters[0].plainParagraphs, ["It was over.", "THE END", "Author’s note: thank you for reading."])
        XCTAssertEqual(sink.diagnostics, [])
    }
}
