import Diagnostics
import Foundation
import OCF
import Validation
import XCTest

/// The `.epub` file's own extension, which the probes cannot show beyond `.ePub`: EPUBCheck's
/// command line refuses any other extension, so there is no report of it to record.
final class ContainerExtensionTests: XCTestCase {
    private func ids(_ book: FixtureBook, as name: String) throws -> [String] {
        var sink = DiagnosticSink()
        let (listing, publication) = try XCTUnwrap(Archive.read(data: try book.archive(), name: name, sink: &sink))
        _ = Checker().check(publication, listing: listing, container: name, sink: &sink)
        return sink.diagnostics.map(\.id)
    }

    func testUncommonExtensionIsAWarningForEPUB2AndAUsageNoteForEPUB3() throws {
        XCTAssertEqual(try ids(.epub2(), as: "book.zip"), ["PKG-017"])
        XCTAssertEqual(try ids(.epub3(), as: "book.zip"), ["PKG-024"])
        XCTAssertEqual(DiagnosticCode.pkg017.severity, .warning)
        XCTAssertEqual(DiagnosticCode.pkg024.severity, .usage)
    }

    func testUpperCaseExtensionIsAWarningForBothVersions() throws {
        XCTAssertEqual(try ids(.epub2(), as: "book.EPUB"), ["PKG-016"])
        XCTAssertEqual(try ids(.epub3(), as: "shelf/book.ePub"), ["PKG-016"])
        XCTAssertEqual(try ids(.epub3(), as: "book.epub"), [])
    }
}
