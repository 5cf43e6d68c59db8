import BookModel
import Diagnostics
import Manuscript
import XCTest

/// Straight quotes, double hyphens and three dots become the marks books use.
final class TypographyTests: XCTestCase {
    /// `typography-cases.txt`: one case per line, input and expected output separated by a tab.
    private func cases() throws -> [(input: String, expected: String)] {
        let text = String(decoding: try PlainTextFixture.data("typography-cases.txt"), as: UTF8.self)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            return (String(parts[0]), String(parts.count > 1 ? parts[1] : ""))
        }
    }

    func testCases() throws {
        let all = try cases()
        XCTAssertGreaterThan(all.count, 20)
        for c in all {
            XCTAssertEqual(Typography.smarten(c.input), c.expected, "input: \(c.input)")
        }
    }

    func testApplyingTwiceChangesNothing() throws {
        for c in try cases() {
            XCTAssertEqual(Typography.smarten(c.expected), c.expected)
        }
    }

    func testHeadingsAreSmartenedToo() throws {
        let (m, _) = try PlainTextFixture.read("headings-subtitle-below.txt")
        XCTAssertEqual(m.chapters[0].plainSubtitle, "ELEANOR VANCE’S DIARY")
    }

    func testSmartTypographyCanBeTurnedOff() throws {
        let (m, _) = try PlainTextFixture.read("layout-blank-separated-wrapped.txt", options: ReaderOptions(smartTypography: false))
        XCTAssertEqual(m.chapters[0].plainParagraphs[1],
                       "\"We shall have to wait,\" said Tom, who had been across the sands more times than she had--a hundred, he said, though she did not believe him. \"Six hours, perhaps seven.\"")
        XCTAssertEqual(m.chapters[0].plainSubtitle, "THE CAUSEWAY")
    }
}
