import BookModel
import Diagnostics
import Foundation
import Manuscript
import XCTest

/// A printed title page is left out (the EPUB gets its own), but the author's words on it are
/// not the printer's: the dedication and the epigraph stay, as front matter. Both fixtures are
/// the openings of Project Gutenberg texts whose dedication and epigraph used to vanish.
final class PlainTextOpeningMatterTests: XCTestCase {
    func testDraculasDedicationStaysAndItsTitlePageGoes() throws {
        let (m, sink) = try PlainTextFixture.read("opening-dedication-dracula.txt")
        XCTAssertEqual(m.detectedTitle, "DRACULA")
        XCTAssertEqual(m.detectedAuthor, "Bram Stoker")
        XCTAssertEqual(m.chapters.map(\.kind), [.dedication, .chapter, .chapter])
        XCTAssertNil(m.chapters[0].title, "the book's labels name it")
        XCTAssertEqual(m.chapters[0].plainParagraphs, ["TO", "MY DEAR FRIEND", "HOMMY-BEG"])
        XCTAssertEqual(m.chapters[0].source?.line, 33)
        XCTAssertEqual(m.chapters[1].plainTitle, "CHAPTER I")
        // Publisher, copyright and printer are left out, and the note says which lines.
        let note = try XCTUnwrap(sink.diagnostics.first { $0.id == "IMP-SRC-008" })
        XCTAssertEqual(note.message, "left out a printed title page, lines 13–28", "after the title, its repeat and the author")
        XCTAssertNil(m.detectedSubtitle, "the repeated title is no subtitle")
        let text = m.chapters.flatMap(\.plainParagraphs).joined(separator: "\n")
        XCTAssertFalse(text.contains("GROSSET"))
        XCTAssertFalse(text.contains("Copyright"))
    }

    func testTheWarOfTheWorldsKeepsItsEpigraphBeforeBookOne() throws {
        let (m, sink) = try PlainTextFixture.read("opening-epigraph-war-of-the-worlds.txt")
        XCTAssertEqual(m.detectedTitle, "THE WAR OF THE WORLDS")
        XCTAssertEqual(m.detectedAuthor, "H. G. Wells")
        XCTAssertEqual(m.chapters.map(\.kind), [.epigraph, .part, .chapter, .chapter])
        let epigraph = m.chapters[0]
        XCTAssertNil(epigraph.title)
        guard case .blockquote(let quote)? = epigraph.blocks.first else {
            return XCTFail("the quotation is set off: \(epigraph.blocks)")
        }
        XCTAssertEqual(quote.compactMap(\.plainParagraph),
                       ["‘But who shall dwell in these worlds if they be inhabited? . . . Are we or they Lords of the World? . . . And how are all things made for man?’"])
        XCTAssertEqual(epigraph.plainParagraphs, ["KEPLER (quoted in The Anatomy of Melancholy)"])
        XCTAssertEqual(m.chapters[1].plainTitle, "BOOK ONE")
        XCTAssertFalse(sink.plainIDs.contains("IMP-SRC-008"), "nothing of the title page is left out")
        XCTAssertTrue(sink.plainIDs.contains("IMP-SRC-009"), "the contents list still is")
    }
}
