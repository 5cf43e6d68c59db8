import Foundation
import XCTest
@testable import Diagnostics
import TestSupport

final class JSONReportTests: XCTestCase {
    private func parse(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try XCTUnwrap(object as? [String: Any])
    }

    func testGolden() {
        assertGolden(JSONReport().render(ReportFixture.report), ReportFixture.golden("report.json"))
    }

    func testCheckerCountsAndPublications() throws {
        let json = try parse(JSONReport().render(ReportFixture.report))
        XCTAssertEqual(json["formatVersion"] as? Int, 1)
        let checker = try XCTUnwrap(json["checker"] as? [String: Any])
        XCTAssertEqual(checker["name"] as? String, "imprint")
        XCTAssertEqual(checker["version"] as? String, "1.2.3")
        XCTAssertEqual(checker["nFatal"] as? Int, 1)
        XCTAssertEqual(checker["nError"] as? Int, 3)
        XCTAssertEqual(checker["nWarning"] as? Int, 1)
        XCTAssertEqual(checker["nInfo"] as? Int, 1)
        XCTAssertEqual(checker["nPublications"] as? Int, 4)
        XCTAssertEqual(checker["nValid"] as? Int, 1)
        XCTAssertNil(checker["checkDate"], "no date unless asked: the same findings give the same bytes")
        XCTAssertNil(json["publication"], "several publications: only the list")

        let publications = try XCTUnwrap(json["publications"] as? [[String: Any]])
        XCTAssertEqual(publications.map { $0["path"] as? String },
                       ["books/moby dick.epub", "books/unpacked", "books/broken.epub", "books/clean.epub"])
        XCTAssertEqual(publications.map { $0["valid"] as? Bool }, [false, false, false, true])
        XCTAssertEqual(publications[0]["title"] as? String, "Moby-Dick; or, The Whale")
        XCTAssertEqual(publications[0]["ePubVersion"] as? String, "3.3")
        XCTAssertEqual(publications[0]["filename"] as? String, "moby dick.epub")
        XCTAssertNil(publications[0]["elapsedTime"])
    }

    func testMessagesRoundTripAnyText() throws {
        let json = try parse(JSONReport().render(ReportFixture.report))
        let messages = try XCTUnwrap(json["messages"] as? [[String: Any]])
        XCTAssertEqual(messages.count, ReportFixture.report.allDiagnostics.count, "every occurrence, no caps")
        let first = messages[0]
        XCTAssertEqual(first["ID"] as? String, "RSC-005")
        XCTAssertEqual(first["severity"] as? String, "ERROR")
        XCTAssertEqual(first["message"] as? String, ReportFixture.nasty)
        XCTAssertEqual(first["suggestion"] as? String, "Close the \"p\" before the <div>.")
        XCTAssertEqual(first["publication"] as? String, "books/moby dick.epub")
        let location = try XCTUnwrap((first["locations"] as? [[String: Any]])?.first)
        XCTAssertEqual(location["path"] as? String, "EPUB/ch1.xhtml")
        XCTAssertEqual(location["line"] as? Int, 12)
        XCTAssertEqual(location["column"] as? Int, 7)
        // Unknown positions are -1, as EPUBCheck writes them; no location is an empty list.
        XCTAssertEqual((messages[2]["locations"] as? [[String: Any]])?.first?["column"] as? Int, -1)
        XCTAssertEqual((messages[3]["locations"] as? [Any])?.count, 0)
        XCTAssertTrue(messages[3]["suggestion"] is NSNull)
    }

    func testEveryScalarSurvives() throws {
        // All control characters, quotes, backslashes, the line separators and astral characters.
        var text = ""
        for v in 0..<0x80 { text.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
        // (U+FEFF right after an escape is dropped by Foundation's own JSON reader, so not there.)
        text += "\u{2028}\u{2029}é\u{FEFF}\u{10FFFF}漢字"
        let report = Report(command: "check", toolVersion: text, subjects: [
            ReportSubject(path: text, diagnostics: [Diagnostic(severity: .error, id: text, message: text)], properties: [text: text]),
        ])
        let json = try parse(JSONReport().render(report))
        let messages = try XCTUnwrap(json["messages"] as? [[String: Any]])
        XCTAssertEqual(messages.first?["message"] as? String, text)
        XCTAssertEqual(messages.first?["ID"] as? String, text)
        XCTAssertEqual((json["publication"] as? [String: Any])?[text] as? String, text)
    }

    func testSinglePublicationHasEPUBCheckShape() throws {
        let json = try parse(JSONReport(checkDate: "2024-01-02T03:04:05Z", includeTiming: true).render(ReportFixture.single))
        let publication = try XCTUnwrap(json["publication"] as? [String: Any])
        XCTAssertEqual(publication["title"] as? String, "Moby-Dick; or, The Whale")
        XCTAssertEqual(publication["elapsedTime"] as? Int, 42)
        let checker = try XCTUnwrap(json["checker"] as? [String: Any])
        XCTAssertEqual(checker["checkDate"] as? String, "2024-01-02T03:04:05Z")
        XCTAssertEqual(checker["nError"] as? Int, 2)
    }

    func testFailOnWarningChangesValidity() throws {
        let report = Report(command: "check", toolVersion: "1", subjects: [
            ReportSubject(path: "a.epub", diagnostics: [Diagnostic(severity: .warning, id: "X", message: "w")]),
        ])
        let lenient = try parse(JSONReport().render(report))
        let strict = try parse(JSONReport(failOn: .warning).render(report))
        XCTAssertEqual((lenient["publication"] as? [String: Any])?["valid"] as? Bool, true)
        XCTAssertEqual((strict["publication"] as? [String: Any])?["valid"] as? Bool, false)
    }

    func testPropertiesNeverReplaceFixedMembers() throws {
        let report = Report(command: "check", toolVersion: "1", subjects: [
            ReportSubject(path: "a.epub", diagnostics: [], properties: ["valid": "no", "path": "elsewhere"]),
        ])
        let publication = try XCTUnwrap(try parse(JSONReport().render(report))["publication"] as? [String: Any])
        XCTAssertEqual(publication["valid"] as? Bool, true)
        XCTAssertEqual(publication["path"] as? String, "a.epub")
    }

    func testCountAndFlagPropertiesAreTyped() throws {
        let report = Report(command: "check", toolVersion: "1", subjects: [
            ReportSubject(path: "a.epub", diagnostics: [], properties: [
                "nSpines": "3", "isScripted": "false", "hasFixedFormat": "true", "title": "1984", "noun": "7", "nItems": "many",
            ]),
        ])
        let publication = try XCTUnwrap(try parse(JSONReport().render(report))["publication"] as? [String: Any])
        XCTAssertEqual(publication["nSpines"] as? Int, 3)
        XCTAssertEqual(publication["isScripted"] as? Bool, false)
        XCTAssertEqual(publication["hasFixedFormat"] as? Bool, true)
        XCTAssertEqual(publication["title"] as? String, "1984")
        XCTAssertEqual(publication["noun"] as? String, "7")
        XCTAssertEqual(publication["nItems"] as? String, "many")
    }
}
