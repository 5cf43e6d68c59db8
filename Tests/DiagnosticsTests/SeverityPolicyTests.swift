import XCTest
@testable import Diagnostics

final class SeverityPolicyTests: XCTestCase {
    func testRegradesAndSuppresses() throws {
        var policy = SeverityPolicy()
        try policy.add("RSC-005=warning")
        try policy.add("OPF-085 = off")
        var sink = DiagnosticSink(policy: policy)
        sink.emit(Diagnostic(severity: .error, id: "RSC-005", message: "bad"))
        sink.emit(Diagnostic(severity: .warning, id: "OPF-085", message: "gone"))
        sink.emit(Diagnostic(severity: .error, id: "PKG-006", message: "kept"))
        XCTAssertEqual(sink.diagnostics.map(\.id), ["RSC-005", "PKG-006"])
        XCTAssertEqual(sink.diagnostics[0].severity, .warning)
        XCTAssertTrue(sink.hasErrors)
    }

    func testRejectsMalformedSpecs() {
        var policy = SeverityPolicy()
        XCTAssertThrowsError(try policy.add("RSC-005"))
        XCTAssertThrowsError(try policy.add("RSC-005=loud"))
    }

    /// A misspelt ID would re-grade nothing: it is refused, with the nearest real ID.
    func testRejectsUnknownIDsAndSuggestsTheNearest() {
        var policy = SeverityPolicy()
        XCTAssertThrowsError(try policy.add("RSC-0005=off")) { error in
            XCTAssertEqual("\(error)", "no message has the ID 'RSC-0005' (did you mean RSC-005?); `imprint messages` lists every ID")
        }
        XCTAssertThrowsError(try policy.add("XYZ-123456=off")) { error in
            XCTAssertFalse("\(error)".contains("did you mean"))
        }
        XCTAssertTrue(policy.overrides.isEmpty)
    }
}
