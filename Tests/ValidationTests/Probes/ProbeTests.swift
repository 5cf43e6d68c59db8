import Diagnostics
import Foundation
import Testing

/// The per-message tests: each probe is one scenario in the shape of EPUBCheck's `.feature`
/// files — these messages, this many times, here, and no other errors or warnings — and its
/// verdict must be EPUBCheck 5.3's unless the probe names a deliberate difference.
@Suite struct ProbeTests {
    @Test(arguments: Probes.all)
    func probe(_ probe: Probe) throws {
        let diagnostics = try probe.run()
        let shown = diagnostics.filter { $0.severity >= .warning }
        let listing = shown.map { "\($0.id) \($0.location.map(String.init(describing:)) ?? "-") \($0.message)" }
            .joined(separator: "\n")
        for expectation in probe.expectations {
            for failure in expectation.failures(in: shown) {
                Issue.record("\(probe.name): \(failure)\nreported:\n\(listing)")
            }
        }
        let expectedIDs = Set(probe.expectations.map(\.id))
        let others = shown.filter { !expectedIDs.contains($0.id) }
        #expect(others.isEmpty, "\(probe.name): no other errors or warnings expected, got:\n\(listing)")

        let valid = !shown.contains { $0.severity >= .error }
        if probe.difference == nil {
            #expect(valid == probe.epubcheckValid,
                    "\(probe.name): EPUBCheck 5.3 says \(probe.epubcheckValid ? "valid" : "invalid"), Imprint \(valid ? "valid" : "invalid")")
            #expect(expectedIDs == Set(probe.epubcheck.keys),
                    "\(probe.name): the IDs differ from EPUBCheck's \(probe.epubcheck.keys.sorted()) without a stated difference")
        }
    }

    @Test func probeNamesAreUniqueAndSayTheirVerdict() {
        var seen = Set<String>()
        for probe in Probes.all {
            #expect(seen.insert(probe.name).inserted, "probe \(probe.name) is defined twice")
            let suffix = probe.name.split(separator: "-").last.map(String.init) ?? ""
            #expect(["valid", "error", "warning", "fatal", "usage", "info"].contains(suffix),
                    "\(probe.name) should end in -valid, -error, -warning or -fatal")
        }
    }

    /// Every ID EPUBCheck 5.3 prints with its default settings (fatal, error, warning) is shown by
    /// some probe that agrees with EPUBCheck, or listed in `Probes.uncovered` with the reason.
    @Test func everyReportedIDIsCoveredOrExplained() {
        let covered = Set(Probes.all.filter { $0.difference == nil }.flatMap { $0.epubcheck.keys })
        let catalogue = DiagnosticCode.catalogue.filter { !$0.id.hasPrefix("IMP-") && $0.severity >= .warning }
        for code in catalogue where !covered.contains(code.id) && Probes.uncovered[code.id] == nil {
            Issue.record("\(code.id) (\(code.severity.rawValue)) has no probe and no reason in Probes.uncovered")
        }
        for id in Probes.uncovered.keys where covered.contains(id) {
            Issue.record("\(id) is covered by a probe but still listed in Probes.uncovered")
        }
    }

    /// `PROBES_OUT=DIR swift test --filter ProbeTests/export` packs every probe into DIR with
    /// `probes.json`, which `bench/probes.py` checks with EPUBCheck and turns into docs/coverage.md.
    @Test func export() throws {
        guard let out = ProcessInfo.processInfo.environment["PROBES_OUT"] else { return }
        let folder = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var records: [[String: Any]] = []
        for probe in Probes.all {
            try probe.archive().write(to: folder.appendingPathComponent(probe.fileName))
            let imprint = try probe.run().filter { $0.severity >= .warning }
            var counts: [String: Int] = [:]
            for d in imprint { counts[d.id, default: 0] += 1 }
            var record: [String: Any] = [
                "name": probe.name, "file": probe.fileName, "profile": probe.profile ?? "default", "epubcheck": probe.epubcheck,
                "imprint": counts, "expect": probe.expectations.map(\.description),
            ]
            if let difference = probe.difference { record["difference"] = difference }
            records.append(record)
        }
        var uncovered: [String: String] = [:]
        for (id, reason) in Probes.uncovered { uncovered[id] = reason.description }
        let catalogue = DiagnosticCode.catalogue.map {
            ["id": $0.id, "severity": $0.severity.rawValue, "reported": DiagnosticCode.reportedIDs.contains($0.id) ? "yes" : "never"]
        }
        let json = try JSONSerialization.data(withJSONObject: ["probes": records, "uncovered": uncovered,
                                                               "catalogue": catalogue],
                                              options: [.prettyPrinted, .sortedKeys])
        try json.write(to: folder.appendingPathComponent("probes.json"))
    }
}
