import Foundation
import XCTest
@testable import XMLSupport

/// `trimmingWhitespace()` and `trimmingWhitespaceAndNewlines()` must trim exactly what
/// Foundation's `trimmingCharacters(in:)` trims with `.whitespaces` and `.whitespacesAndNewlines`.
final class WhitespaceTests: XCTestCase {
    /// Every scalar Foundation puts in either set (and its neighbours) at either end, alone, twice,
    /// around text, around a combining mark, and none at all.
    func testAgreesWithFoundationScalarByScalar() {
        var candidates: [Unicode.Scalar] = []
        for v in UInt32(0)...0x3100 {
            guard let s = Unicode.Scalar(v) else { continue }
            if CharacterSet.whitespacesAndNewlines.contains(s) || v < 0x100 { candidates.append(s) }
        }
        candidates += ["\u{FEFF}", "\u{200B}", "\u{205F}", "\u{3000}", "\u{180E}"]
        XCTAssertGreaterThan(candidates.count, 270)
        for s in candidates {
            let w = String(Character(s))
            for text in [w, w + w, w + "a b" + w, "a" + w + "b", w + "\u{0301}x", "x\u{0301}" + w, w + "é" + w] {
                XCTAssertEqual(text.trimmingWhitespace(), text.trimmingCharacters(in: .whitespaces),
                               "U+\(String(s.value, radix: 16)) in \(text.unicodeScalars.map { String($0.value, radix: 16) })")
                XCTAssertEqual(text.trimmingWhitespaceAndNewlines(), text.trimmingCharacters(in: .whitespacesAndNewlines),
                               "U+\(String(s.value, radix: 16)) in \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    func testSubstringsAndEmptyText() {
        let text = "  \t chapter.xhtml\n "
        let slice = text.dropFirst(1)
        XCTAssertEqual(slice.trimmingWhitespaceAndNewlines(), "chapter.xhtml")
        XCTAssertEqual(slice.trimmingWhitespace(), "chapter.xhtml\n")
        XCTAssertEqual("".trimmingWhitespace(), "")
        XCTAssertEqual(" \u{3000}\t".trimmingWhitespace(), "")
    }
}
