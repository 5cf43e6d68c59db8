import Foundation
import XCTest
@testable import Diagnostics
import TestSupport

/// `--format epubcheck-json` has EPUBCheck 5.3's `--json` shape: the same keys in the same
/// order at every level, each value of the type EPUBCheck writes there. The shape was recorded
/// from EPUBCheck's own reports by bench/epubcheck-shape.py (Golden/epubcheck-5.3-shape.json).
final class EPUBCheckJSONReportTests: XCTestCase {
    private var report: Report {
        var r = ReportFixture.single
        r.subjects[0].items = [
            ReportItem(id: "ch1", fileName: "EPUB/ch1.xhtml", mediaType: "application/xhtml+xml", compressedSize: 10,
                       uncompressedSize: 20, compressionMethod: "Deflated", checkSum: "ab", spineIndex: 0, isLinear: true),
            ReportItem(id: "ePubCheck.NoManifestRef:mimetype", fileName: "mimetype", mediaType: nil, compressedSize: 20,
                       uncompressedSize: 20, compressionMethod: "Stored", checkSum: "cd"),
        ]
        var facts = PackageFacts()
        facts.creators = ["Herman Melville"]
        facts.subjects = ["Whales"]
        facts.contributors = ["Ishmael"]
        r.subjects[0].packageFacts = facts
        return r
    }

    private func recordedShape() throws -> OrderedJSON {
        let text = try String(contentsOfFile: ReportFixture.golden("epubcheck-5.3-shape.json"), encoding: .utf8)
        return try XCTUnwrap(try OrderedJSON.parse(text)["shape"])
    }

    /// Walks our value along the recorded shape; returns every mismatch with its path.
    private func mismatches(_ value: OrderedJSON, _ shape: OrderedJSON, at path: String) -> [String] {
        if let keys = shape["keys"], case .array(let names) = keys {
            let expected = names.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
            guard case .object = value else { return ["\(path): \(value.typeName), EPUBCheck writes an object"] }
            guard value.keys == expected else { return ["\(path): keys \(value.keys), EPUBCheck writes \(expected)"] }
            return expected.flatMap { key in
                mismatches(value[key] ?? .null, shape["values"]?[key] ?? .null, at: path + "." + key)
            }
        }
        if let items = shape["items"] {
            guard case .array(let elements) = value else { return ["\(path): \(value.typeName), EPUBCheck writes an array"] }
            if items == .null { return [] } // EPUBCheck's reports never showed an element here
            return elements.enumerated().flatMap { mismatches($1, items, at: "\(path)[\($0)]") }
        }
        guard case .string(let types) = shape else { return ["\(path): unreadable shape"] }
        let allowed = Set(types.split(separator: "|").map(String.init))
        // A value EPUBCheck left null in the recorded books may hold text here, and the reverse.
        if allowed.contains("null") || value == .null { return [] }
        return allowed.contains(value.typeName) ? [] : ["\(path): \(value.typeName), EPUBCheck writes \(types)"]
    }

    func testKeysAndTypesMatchEPUBCheck() throws {
        let shape = try recordedShape()
        let ours = try OrderedJSON.parse(EPUBCheckJSONReport().render(report))
        XCTAssertEqual(mismatches(ours, shape, at: "$"), [])
        // The comparison can fail: a renamed key is caught.
        let renamed = EPUBCheckJSONReport().render(report).replacingOccurrences(of: "\"nSpines\"", with: "\"spines\"")
        XCTAssertFalse(mismatches(try OrderedJSON.parse(renamed), shape, at: "$").isEmpty)
    }

    func testMessagesAreGroupedWithAllTheirLocations() throws {
        var r = report
        let again = Diagnostic(severity: .error, id: "RSC-005", message: "element \"div\" not allowed here",
                               location: SourceLocation(file: "EPUB/ch2.xhtml", container: "books/moby dick.epub", line: 4, column: 2))
        r.subjects[0].diagnostics.append(again)
        let json = try OrderedJSON.parse(EPUBCheckJSONReport().render(r))
        guard case .array(let messages) = json["messages"] else { return XCTFail("no messages") }
        XCTAssertEqual(messages.count, 4, "two RSC-005 texts, one OPF-085, one info; the repeated text is one entry")
        guard case .array(let locations) = messages[1]["locations"] else { return XCTFail("no locations") }
        XCTAssertEqual(locations.map { $0["path"] }, [.string("EPUB/ch1.xhtml"), .string("EPUB/ch2.xhtml")])
        XCTAssertEqual(locations.map { $0["line"] }, [.number(40), .number(4)])
        XCTAssertEqual(messages[0]["severity"], .string("ERROR"))
        XCTAssertEqual(json["checker"]?["nError"], .number(3))
        XCTAssertEqual(json["publication"]?["ePubVersion"], .string("3.3"))
        guard case .array(let items) = json["items"] else { return XCTFail("no items") }
        XCTAssertEqual(items.first?["isSpineItem"], .bool(true))
        XCTAssertEqual(items.last?["spineIndex"], .null)
    }

    func testSeveralPublicationsAreAnArrayOfReports() throws {
        let json = try OrderedJSON.parse(EPUBCheckJSONReport().render(ReportFixture.report))
        guard case .array(let reports) = json else { return XCTFail("not an array") }
        XCTAssertEqual(reports.count, ReportFixture.report.subjects.count)
        XCTAssertEqual(reports.map { $0["checker"]?["filename"] },
                       [.string("moby dick.epub"), .string("unpacked"), .string("broken.epub"), .string("clean.epub")])
    }
}
