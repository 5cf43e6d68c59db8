import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import Diagnostics
import TestSupport

/// Parses the JUnit XML back with Foundation's XMLParser, the way CI report tools read it, and
/// checks the counts and elements they rely on.
final class JUnitReportTests: XCTestCase {
    /// A flat record of the elements read, with their attributes and text.
    private final class Collector: NSObject, XMLParserDelegate {
        struct Element { var name: String; var attributes: [String: String]; var text = "" }
        var elements: [Element] = []
        private var open: [Int] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            open.append(elements.count)
            elements.append(Element(name: name, attributes: attributes))
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let i = open.last { elements[i].text += string }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            _ = open.popLast()
        }
    }

    private func parse(_ xml: String) throws -> [Collector.Element] {
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = Collector()
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        return collector.elements
    }

    private var renderer: JUnitReport { JUnitReport(lookup: ReportFixture.lookup) }

    func testGolden() {
        assertGolden(renderer.render(ReportFixture.report), ReportFixture.golden("report.junit.xml"))
    }

    func testCountsMatchElements() throws {
        let elements = try parse(renderer.render(ReportFixture.report))
        let root = try XCTUnwrap(elements.first)
        XCTAssertEqual(root.name, "testsuites")
        let suites = elements.filter { $0.name == "testsuite" }
        XCTAssertEqual(suites.map { $0.attributes["name"] },
                       ["books/moby dick.epub", "books/unpacked", "books/broken.epub", "books/clean.epub"])
        let cases = elements.filter { $0.name == "testcase" }
        let failures = elements.filter { $0.name == "failure" }
        let errors = elements.filter { $0.name == "error" }
        XCTAssertEqual(root.attributes["tests"], String(cases.count))
        XCTAssertEqual(root.attributes["failures"], String(failures.count))
        XCTAssertEqual(root.attributes["errors"], String(errors.count))
        XCTAssertEqual(root.attributes["skipped"], "0")
        XCTAssertEqual(root.attributes["time"], "1.546")
        XCTAssertEqual(suites.compactMap { Int($0.attributes["tests"] ?? "") }.reduce(0, +), cases.count)
        XCTAssertEqual(suites.compactMap { Int($0.attributes["failures"] ?? "") }.reduce(0, +), failures.count)
        for suite in suites {
            for key in ["tests", "failures", "errors", "skipped", "time"] {
                XCTAssertNotNil(suite.attributes[key], "testsuite without \(key)")
            }
        }
        // Moby: RSC-005 (twice, one case), OPF-085, IMP-TST-001 → 3 cases, 1 failure.
        XCTAssertEqual(suites[0].attributes["tests"], "3")
        XCTAssertEqual(suites[0].attributes["failures"], "1")
        XCTAssertEqual(suites[2].attributes["errors"], "1", "a fatal is an <error>: the check could not finish")
        XCTAssertEqual(errors.first?.attributes["type"], "PKG-008")
        XCTAssertEqual(suites[3].attributes["tests"], "1", "a clean book still shows up as a passing case")
    }

    func testFailureCarriesEveryOccurrenceAndSurvivesAnyText() throws {
        let elements = try parse(renderer.render(ReportFixture.report))
        let failure = try XCTUnwrap(elements.first { $0.name == "failure" })
        XCTAssertEqual(failure.attributes["type"], "RSC-005")
        // XML 1.0 cannot carry U+0001: it becomes U+FFFD; everything else survives.
        let expected = ReportFixture.nasty.replacingOccurrences(of: "\u{01}", with: "\u{FFFD}")
        XCTAssertEqual(failure.attributes["message"], expected)
        XCTAssertTrue(failure.text.contains("books/moby dick.epub/EPUB/ch1.xhtml:12:7: error: [RSC-005]"), failure.text)
        XCTAssertTrue(failure.text.contains("books/moby dick.epub/EPUB/ch1.xhtml:40:3: error: [RSC-005]"), failure.text)
        let testcase = try XCTUnwrap(elements.first { $0.name == "testcase" })
        XCTAssertEqual(testcase.attributes["name"], "RSC-005: Error while parsing file")
        XCTAssertEqual(testcase.attributes["classname"], "books/moby dick.epub")
    }

    func testWarningsFailOnlyWhenAsked() throws {
        let report = Report(command: "check", toolVersion: "1", subjects: [
            ReportSubject(path: "a.epub", diagnostics: [Diagnostic(severity: .warning, id: "OPF-085", message: "w")]),
        ])
        let lenient = try parse(JUnitReport(lookup: ReportFixture.lookup).render(report))
        XCTAssertEqual(lenient.filter { $0.name == "failure" }.count, 0)
        XCTAssertEqual(lenient.first { $0.name == "system-out" }?.text, "a.epub: warning: [OPF-085] w\n")
        let strict = try parse(JUnitReport(failOn: .warning, lookup: ReportFixture.lookup).render(report))
        XCTAssertEqual(strict.filter { $0.name == "failure" }.count, 1)
        XCTAssertEqual(strict.first?.attributes["failures"], "1")
    }

    func testEscapesEveryForbiddenCharacter() throws {
        var text = ""
        for v in 0..<0x80 { text.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
        text += "\u{FFFE}\u{FFFF}]]>"
        let report = Report(command: "check", toolVersion: "1", subjects: [
            ReportSubject(path: text, diagnostics: [Diagnostic(severity: .error, id: text, message: text)], properties: [text: text]),
        ])
        let elements = try parse(JUnitReport().render(report))
        XCTAssertEqual(elements.first { $0.name == "testsuite" }?.attributes["name"]?.hasSuffix("]]>"), true)
    }
}
