import XCTest
@testable import CLI

final class BookLineTests: XCTestCase {
    func testLineShape() {
        XCTAssertEqual(BookLine.format(path: "build/ashes-and-allies.epub", chapters: 2, words: 1234, bytes: 18_000, milliseconds: 12.4),
                       "build/ashes-and-allies.epub  2 chapters  1,234 words  18 KB  12 ms")
        XCTAssertEqual(BookLine.format(path: "b.epub", chapters: 1, words: 1, bytes: 10, milliseconds: 0.4),
                       "b.epub  1 chapter  1 word  10 B  0 ms")
    }

    func testSizesAndGrouping() {
        XCTAssertEqual(BookLine.size(1023), "1023 B")
        XCTAssertEqual(BookLine.size(1024), "1 KB")
        XCTAssertEqual(BookLine.size(4_404_019), "4.2 MB")
        XCTAssertEqual(BookLine.grouped(0), "0")
        XCTAssertEqual(BookLine.grouped(999), "999")
        XCTAssertEqual(BookLine.grouped(1_000), "1,000")
        XCTAssertEqual(BookLine.grouped(790_000_123), "790,000,123")
    }

    func testControlCharactersInPathsAreShown() {
        XCTAssertEqual("evil\u{1B}[2J.epub".printableInLine, "evil\\u{1B}[2J.epub")
    }
}
