import Diagnostics
import Foundation
import OCF
import Validation
import XCTest

/// Scores the checker on an EPUBCheck conformance corpus when `CONFORMANCE_DIR` names one
/// (a folder with `expected.json`; see bench/conformance.py, the acceptance script that runs
/// the CLI). Skipped otherwise: the corpus is measuring data, never part of the repository.
final class ConformanceScoreTests: XCTestCase {
    func testConformanceCorpusVerdicts() throws {
        guard let dir = ProcessInfo.processInfo.environment["CONFORMANCE_DIR"] else {
            throw XCTSkip("set CONFORMANCE_DIR to a conformance corpus to score the checker")
        }
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/expected.json")))
        let cases = ((expected as? [String: Any])?["cases"] as? [String: [String: Any]]) ?? [:]
        let only = ProcessInfo.processInfo.environment["CONFORMANCE_ONLY"]
        var agree = 0, falseValid = 0, falseInvalid = 0, total = 0
        var lines: [String] = []
        for name in cases.keys.sorted() where only.map({ name.contains($0) }) ?? true {
            guard let c = cases[name], let file = c["file"] as? String, let valid = c["valid"] as? Bool else { continue }
            total += 1
            var sink = DiagnosticSink()
            let profile = (c["profile"] as? String).flatMap { $0 == "default" ? nil : $0 }
            if let (listing, publication) = Archive.read(path: dir + "/" + file, sink: &sink) {
                _ = Checker(options: CheckOptions(profile: profile)).check(publication, listing: listing, container: file, sink: &sink)
            }
            let errors = Set(sink.diagnostics.filter { $0.severity >= .error }.map(\.id))
            let expectedIDs = Set(((c["errors"] as? [String: Int]) ?? [:]).keys).union(((c["fatal"] as? [String: Int]) ?? [:]).keys)
            if errors.isEmpty == valid {
                agree += 1
                if !valid && !expectedIDs.isSubset(of: errors) { lines.append("ids   \(name): expected \(expectedIDs.sorted()) got \(errors.sorted())") }
            } else if valid {
                falseInvalid += 1
                let detail = sink.diagnostics.filter { $0.severity >= .error }.prefix(3).map { "\($0.id) \($0.message)" }
                lines.append("FALSE INVALID \(name): \(detail)")
            } else {
                falseValid += 1
                lines.append("FALSE VALID \(name): expected \(expectedIDs.sorted()); got \(sink.diagnostics.map(\.id))")
            }
        }
        for line in lines { print(line) }
        print(String(format: "conformance: agreement %.1f%% (%d/%d), false valid %d, false invalid %d",
                     100.0 * Double(agree) / Double(max(total, 1)), agree, total, falseValid, falseInvalid))
        XCTAssertEqual(falseValid, 0, "publications EPUBCheck rejects were accepted")
    }
}
