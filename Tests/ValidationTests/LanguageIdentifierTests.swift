import Foundation
@testable import Validation
import XCTest

/// `lang` values are matched by hand; the pattern they must agree with is the schema's.
final class LanguageIdentifierTests: XCTestCase {
    private let pattern = "^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$"

    private func regexAccepts(_ value: String) -> Bool {
        value.range(of: pattern, options: .regularExpression) != nil
    }

    func testAgreesWithTheSchemaPatternOnTypicalValues() {
        let values = ["en", "pt-BR", "zh-Hant-TW", "x-klingon", "i-navajo", "en-", "-en", "en--us", "e1", "en-1", "en-123456789",
                      "abcdefgh", "abcdefghi", "en_US", "en US", "fr\n", "fr\r\n", "fr\n\n", "\n", "é", "en-é", "EN-gb", "en\u{2028}", "a-b-c-d"]
        for value in values {
            XCTAssertEqual(AttributeRule.isLanguageIdentifier(value), regexAccepts(value), value.debugDescription)
        }
    }

    func testAgreesWithTheSchemaPatternOnGeneratedValues() {
        let alphabet: [Character] = ["a", "Z", "q", "0", "7", "-", "_", " ", "\n", "é"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<5_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 60) + 1
            var value = ""
            var bits = state
            for _ in 0..<length {
                bits = bits &* 6364136223846793005 &+ 1
                value.append(alphabet[Int(bits >> 59) % alphabet.count])
            }
            XCTAssertEqual(AttributeRule.isLanguageIdentifier(value), regexAccepts(value), value.debugDescription)
        }
    }
}
