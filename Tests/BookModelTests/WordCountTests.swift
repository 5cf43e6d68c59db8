import BookModel
import XCTest

/// Word counts are what `imprint build` prints per book: runs of characters between Unicode
/// white space, whatever the script or the kind of space.
final class WordCountTests: XCTestCase {
    private func count(_ text: String, title: String? = nil) -> Int {
        Chapter(title: title.map { [.text($0)] }, blocks: [.paragraph([.text(text)])]).wordCount
    }

    func testASCIIWordsAndSpaces() {
        XCTAssertEqual(count("The smell of ash, again."), 5)
        XCTAssertEqual(count("  leading\tand\ntrailing \r\n"), 3)
        XCTAssertEqual(count(""), 0)
        XCTAssertEqual(count("   "), 0)
        XCTAssertEqual(count("one", title: "Chapter 3: The Smell of Ash"), 7)
    }

    func testNonASCIISpacesSeparateWords() {
        // NO-BREAK SPACE, EM SPACE, IDEOGRAPHIC SPACE, NEXT LINE, LINE SEPARATOR.
        XCTAssertEqual(count("a\u{00A0}b\u{2003}c\u{3000}d\u{0085}e\u{2028}f"), 6)
    }

    func testNonASCIILettersStayInTheirWords() {
        XCTAssertEqual(count("Über café — naïve façade"), 5)
        XCTAssertEqual(count("В начале сотворил Бог небо и землю."), 7)
        XCTAssertEqual(count("emoji 👩‍🚀 count"), 3)
        // Zero-width space is not white space in Unicode: the run stays one word.
        XCTAssertEqual(count("zero\u{200B}width"), 1)
    }

    func testAgreesWithUnicodePropertiesOnEveryBMPScalar() {
        var text = ""
        var expected = 0
        for v in UInt32(0x21)...0xFFFF {
            guard let u = Unicode.Scalar(v), !u.properties.isWhitespace else { continue }
            text.unicodeScalars.append(u)
            text.unicodeScalars.append(" ")
            expected += 1
        }
        XCTAssertEqual(count(text), expected)
    }
}
