@testable import Validation
import XCTest

/// URL syntax against EPUBCheck 5.3's verdicts, recorded by putting each URL in the href of a
/// link in an otherwise valid EPUB 3 and running EPUBCheck on it: RSC-020 (invalid URL) and
/// whether RSC-005 (the schema's URI datatype) came with it.
final class URLSyntaxTests: XCTestCase {
    /// (URL, EPUBCheck reports RSC-020, EPUBCheck reports RSC-005)
    static let verdicts: [(String, Bool, Bool)] = [
        ("https://example.com/a b", true, false),
        ("http://[::1", true, true),
        ("https://example.com/%zz", true, true),
        ("https://example.com/<x>", true, false),
        ("mailto:a b@c.d", true, false),
        ("chapter.xhtml#a b", true, false),
        ("https://example.com:99999/", true, false),
        ("http://example.com/\\x", true, false),
        ("https://example.com/a|b", true, false),
        ("#a%zz", true, true),
        ("tel:+1 555", true, false),
        ("https://example.com/a{b}", true, false),
        ("https://example.com/a^b", true, false),
        ("https://example.com/a`b", true, false),
        ("https://ex^ample.com/", false, false),
        ("https://example.com/#a b", true, false),
        ("https://example.com/ü", false, false),
        ("chapter.xhtml#a%20b", false, false),
        ("https://example.com/a\"b", true, false),
        ("javascript:void(0)", false, false),
        ("https://user:pa ss@example.com/", true, false),
        ("http://example.com:80a/", true, false),
        ("https://example..com/", true, false),
        ("HTTPS://EXAMPLE.COM/", false, false),
        ("//example.com/x y", true, false),
        ("https://example.com/a[1]", true, true),
        ("https://example.com/?q=a|b", true, false),
        ("https://example.com/#a^b", true, false),
        ("https://example.com/%7e", false, false),
        ("https://example.com/a'b", false, false),
        ("mailto:a@b.c?subject=a b", true, false),
        ("mailto:a@b.c?subject=%zz", true, true),
        ("tel:%zz", true, true),
        ("https://example.com/#ü", false, false),
        ("https://example.com/?q=\"x\"", true, false),
        ("https://example.com/a%20b", false, false),
        ("https://[::1]/", false, false),
        ("https://[::1]:8080/x", false, false),
        ("https://example.com./", false, false),
        ("https://example.com/a\\b", true, false),
        ("#a|b", true, false),
        ("chapter.xhtml?x=a b", true, false),
        ("chapter.xhtml#a^b", true, false),
        ("https://exa_mple.com/", false, false),
        ("ftp://example.com/a b", true, false),
        ("https://example.com:/x", false, false),
        ("https://example.com/?a=[1]", true, false),
        ("https://example.com/#a[1]", true, false),
        ("https://example.com/a{b", true, false),
        ("https://@example.com/", false, false),
        ("https://matrix.to/#/#pyyaml:yaml.io", true, true),
        ("#f_split_002.html#DNS", true, true),
    ]

    func testVerdictsMatchEPUBCheck() {
        for (url, invalid, schemaInvalid) in Self.verdicts {
            let fault = URLSyntax.fault(url)
            XCTAssertEqual(fault != nil, invalid, "RSC-020 for \(url): \(fault?.problem ?? "none")")
            XCTAssertEqual(fault?.schemaInvalid ?? false, schemaInvalid, "RSC-005 for \(url)")
        }
    }

    func testMessagesSayWhatIsWrong() {
        XCTAssertEqual(URLSyntax.fault("https://example.com/a b")?.problem, "Illegal character in path segment: space is not allowed")
        XCTAssertEqual(URLSyntax.fault("https://example.com/?q=a|b")?.problem, "Illegal character in query: \u{201C}|\u{201D} is not allowed")
        XCTAssertEqual(URLSyntax.fault("https://example.com:99999/")?.problem, "Port number must be less than 65536")
        XCTAssertEqual(URLSyntax.fault("#a%zz")?.problem, "Percentage (\"%\") is not followed by two hexadecimal digits")
    }

    func testDataURLsAndSurroundingSpaceAreNotJudged() {
        XCTAssertNil(URLSyntax.fault("data:text/plain,a b|c"))
        XCTAssertNil(URLSyntax.fault("  chapter.xhtml#one \n"))
        XCTAssertNil(URLSyntax.fault(""))
    }
}
