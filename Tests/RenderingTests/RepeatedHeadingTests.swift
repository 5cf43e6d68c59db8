import BookModel
import Foundation
import OCF
@testable import Rendering
import XCTest

/// Thousands of headings with one text get the ids they always got (`-2`, `-3` … for
/// Imprint's, `-1`, `-2` … for pandoc's, stepping around ids already taken), found without
/// searching every taken suffix again for each repeat.
final class RepeatedHeadingTests: XCTestCase {
    func testImprintIDsOfARepeatedTextStepAroundTakenOnes() {
        var ids = IDRegistry(reserved: ["Notes-4"])
        let claimed = (0..<5_000).map { _ in ids.claim("Notes") }
        XCTAssertEqual(claimed.prefix(5), ["Notes", "Notes-2", "Notes-3", "Notes-5", "Notes-6"])
        XCTAssertEqual(claimed.last, "Notes-5001")
        XCTAssertEqual(Set(claimed).count, claimed.count)
        XCTAssertEqual(ids.claim("Notes-7"), "Notes-7-2", "an id that is itself a repeat's id")
    }

    func testPandocIDsOfARepeatedTextStepAroundReservedOnes() {
        var ids = PandocIdentifier()
        ids.reserve("notes-2")
        let handed = (0..<5_000).map { _ in ids.next("Notes") }
        XCTAssertEqual(handed.prefix(4), ["notes", "notes-1", "notes-3", "notes-4"])
        XCTAssertEqual(handed.last, "notes-5000")
        XCTAssertEqual(ids.next("notes-4"), "notes-4-1")
    }

    func testABookOfIdenticalChapterTitlesGetsNumberedDocumentsAndAnchors() {
        let chapters = (0..<2_000).map { _ in
            Chapter(title: [.text("Interlude")], blocks: [.heading(level: 2, content: [.text("Scene")], id: nil)])
        }
        let layout = BookLayout(book: Book(metadata: Metadata(title: "T"), chapters: chapters),
                                options: SampleBooks.options(.epub3, generateCover: false))
        XCTAssertEqual(layout.divisions.count, 2_000)
        XCTAssertEqual(layout.divisions.last?.file, "text/ch2000.xhtml")
        XCTAssertEqual(layout.divisions.map(\.label), Array(repeating: "Interlude", count: 2_000))
        XCTAssertEqual(layout.divisions.map(\.headingIDs), Array(repeating: ["scene"], count: 2_000))
        XCTAssertEqual(layout.pandocAnchors["interlude-1999"]?.file, "text/ch2000.xhtml")
        XCTAssertEqual(layout.pandocAnchors["scene-1999"]?.file, "text/ch2000.xhtml")
    }
}
