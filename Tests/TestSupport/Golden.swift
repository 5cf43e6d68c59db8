import Foundation
import XCTest

/// Compares text with a golden file beside the tests; `RECORD_GOLDEN=1` rewrites the file instead.
///
/// Golden files hold what people read (XHTML, OPF, nav, NCX, reports): a change to them shows in
/// the diff and is reviewed there.
public func assertGolden(_ actual: String, _ path: String, file: StaticString = #filePath, line: UInt = #line) {
    let url = URL(fileURLWithPath: path)
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("missing golden file \(path); run with RECORD_GOLDEN=1 to create it", file: file, line: line)
        return
    }
    if expected != actual {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        var where_ = "lengths differ"
        for i in 0..<min(a.count, e.count) where a[i] != e[i] {
            where_ = "line \(i + 1):\n  expected: \(e[i])\n  actual:   \(a[i])"
            break
        }
        XCTFail("output differs from \(url.lastPathComponent) at \(where_)\n(RECORD_GOLDEN=1 re-records)", file: file, line: line)
    }
}

/// The folder of the test file that calls this, for fixtures and golden files kept beside tests.
public func testDirectory(_ file: StaticString = #filePath) -> URL {
    URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
}
