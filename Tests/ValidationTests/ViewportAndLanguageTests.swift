@testable import Validation
import XCTest

final class ViewportAndLanguageTests: XCTestCase {
    func testViewportPropertiesParseWithLooseWhitespace() throws {
        let props = try XCTUnwrap(ViewportContent.parse("  width\t=\t600,\n  height = 1200  "))
        XCTAssertEqual(props.map(\.name), ["width", "height"])
        XCTAssertEqual(props.map(\.value), ["600", "1200"])
    }

    func testAPropertyWithEqualsButNoValueIsASyntaxError() {
        XCTAssertNil(ViewportContent.parse("height=705, width="))
        XCTAssertEqual(ViewportContent.parse("width=600,height")?.last?.value, "")
    }

    func testPositiveNumbers() {
        XCTAssertTrue(FixedLayoutRule.isPositiveNumber("600.5"))
        XCTAssertFalse(FixedLayoutRule.isPositiveNumber("600px"))
        XCTAssertFalse(FixedLayoutRule.isPositiveNumber("0"))
    }

    func testLanguageTagsAndModifiedDates() {
        XCTAssertTrue(LanguageTag.isWellFormed("en"))
        XCTAssertTrue(LanguageTag.isWellFormed("zh-Hant-TW"))
        XCTAssertTrue(LanguageTag.isWellFormed("x-klingon"))
        XCTAssertFalse(LanguageTag.isWellFormed("en_US"))
        XCTAssertFalse(LanguageTag.isWellFormed("e"))
        XCTAssertTrue(MetadataRule.isModifiedDate("2024-01-31T12:00:00Z"))
        XCTAssertFalse(MetadataRule.isModifiedDate("2024-01-31"))
        XCTAssertFalse(MetadataRule.isModifiedDate("2024-01-31T12:00:00+01:00"))
    }

    func testMediaQueries() {
        XCTAssertTrue(MediaQuery.isValid("(min-width: 1920px)"))
        XCTAssertTrue(MediaQuery.isValid("all, (orientation: portrait) and (max-width: 600px)"))
        XCTAssertFalse(MediaQuery.isValid("syntaxerror"))
    }
}
