@testable import Validation
import XCTest

final class StylesheetTests: XCTestCase {
    func testURLsImportsAndFontsAreFound() {
        let sheet = Stylesheet(text: """
            @import "base.css";
            @import url(print.css) print;
            @namespace epub url(http://www.idpf.org/2007/ops);
            @font-face { font-family: "X"; src: url('fonts/x.woff2') format('woff2'); }
            body { background: url(img/paper.png) }
            svg { filter: url(#blur) }
            """, path: "EPUB/css/style.css")
        let found = sheet.references.map { "\($0.kind.rawValue) \($0.url.path)" }
        XCTAssertEqual(Set(found), ["stylesheet EPUB/css/print.css", "font EPUB/css/fonts/x.woff2", "generic EPUB/css/img/paper.png",
                                    "stylesheet EPUB/css/base.css"])
        XCTAssertEqual(sheet.fontFaces.count, 1)
        XCTAssertEqual(sheet.fontFaces.first?.declarationCount, 2)
        XCTAssertTrue(sheet.syntaxErrors.isEmpty, "\(sheet.syntaxErrors)")
    }

    /// A hostile sheet: one statement holding tens of thousands of url()s, each recorded once,
    /// and a statement's first word still decides what its url() is (bench/ times it).
    func testEveryURLOfAHugeStatementIsRecorded() {
        let count = 20_000
        let text = "  /* c */ @import url(a.css);\np { background: " + (0..<count).map { "url(i\($0).png)" }.joined(separator: ", ") + " }"
        let sheet = Stylesheet(text: text, path: "EPUB/s.css")
        XCTAssertEqual(sheet.references.count, count + 1)
        XCTAssertEqual(sheet.references.first.map { "\($0.kind.rawValue) \($0.url.path)" }, "stylesheet EPUB/a.css")
        XCTAssertEqual(sheet.references.last?.url.path, "EPUB/i\(count - 1).png")
        XCTAssertTrue(sheet.syntaxErrors.isEmpty, "\(sheet.syntaxErrors.prefix(3))")
    }

    func testUnclosedBlocksAreSyntaxErrorsButLaterURLsAreStillFound() {
        let sheet = Stylesheet(text: "p {\n  color: red;\n\n@font-face {\n  src: url(Free.otf);\n}\n", path: "EPUB/s.css")
        XCTAssertFalse(sheet.syntaxErrors.isEmpty)
        XCTAssertEqual(sheet.references.map(\.url.path), ["EPUB/Free.otf"])
    }

    func testEmptyURLsAndEmptyFontFacesAreRecorded() {
        let sheet = Stylesheet(text: "@font-face {\n}\n@font-face { font-family: a; src: url(''); }", path: "s.css")
        XCTAssertEqual(sheet.fontFaces.map(\.declarationCount), [0, 2])
        XCTAssertEqual(sheet.emptyURLLines, [3])
    }

    func testCharsetAndDeclarationsAreRead() {
        let sheet = Stylesheet(text: "@charset \"ISO-8859-1\";\r\nbody {\r\n  unicode-bidi: embed;\r\n}\r\n", path: "s.css")
        XCTAssertEqual(sheet.charset, "ISO-8859-1")
        XCTAssertEqual(sheet.declarations.map(\.property), ["unicode-bidi"])
        XCTAssertTrue(sheet.syntaxErrors.isEmpty, "\(sheet.syntaxErrors)")
    }
}
