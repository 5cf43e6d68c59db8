import Diagnostics
import Foundation
import OCF
@testable import Validation
import XCTest

/// `input@type` in EPUB 3: one of HTML's input types, matched as a token in any letter case; an
/// image button needs its alt. Every verdict is EPUBCheck 5.3.0's, recorded by putting each value
/// alone into a minimal EPUB 3 (`<p>x <input type="…" name="a"/></p>`) and running it.
final class InputTypeTests: XCTestCase {
    static let verdicts: [(type: String, valid: Bool)] = [
        ("hiddenx", false), ("TEXT", true), (" text ", true), ("datetime", false), ("datetime-local", true),
        ("week", true), ("foo", false), ("", false), ("Checkbox", true), ("search", true), ("color", true),
        ("range", true), ("file", true), ("submit", true), ("reset", true), ("button", true), ("tel", true),
        ("url", true), ("email", true), ("password", true), ("date", true), ("month", true), ("time", true),
        ("number", true), ("radio", true), ("hidden", true), ("text\n", true), ("te xt", false), ("\u{00A0}text", false),
    ]

    private func errors(_ body: String) throws -> [Diagnostic] {
        let book = FixtureBook.epub3(chapter: "<section id=\"one\"><h1>One</h1>\n\(body)\n</section>")
        var sink = DiagnosticSink()
        let data = try book.archive()
        if let (listing, publication) = Archive.read(data: data, name: "f.epub", sink: &sink) {
            _ = Checker().check(publication, listing: listing, container: "f.epub", sink: &sink)
        }
        return sink.diagnostics.filter { $0.severity >= .warning }
    }

    func testTypesAsEPUBCheckJudgesThem() throws {
        for (type, valid) in Self.verdicts {
            XCTAssertEqual(InputType.isValid(type), valid, "input type \(type.debugDescription)")
        }
        let found = try errors("<p>x <input type=\"hiddenx\" name=\"a\"/></p>")
        XCTAssertEqual(found.map(\.id), ["RSC-005"])
        XCTAssertEqual(found.first?.location?.line, 7)
        XCTAssertEqual(try errors("<p>x <input type=\" TEXT \" name=\"a\"/><input name=\"b\"/></p>"), [])
    }

    func testAnImageButtonNeedsItsAlt() throws {
        XCTAssertEqual(try errors("<p>x <input type=\"image\" src=\"go.png\" name=\"a\"/></p>").map(\.id).filter { $0 == "RSC-005" }.count, 1)
        XCTAssertEqual(try errors("<p>x <input type=\"Image\" src=\"go.png\" alt=\"Go\" name=\"a\"/></p>").filter { $0.message.contains("alt") }, [])
    }
}
