import ArgumentParser
import Diagnostics
import Foundation
import OCF
import XCTest
@testable import CLI

/// Option parsing, in-process: what each command line turns into.
final class CheckCommandTests: XCTestCase {
    private func request(_ arguments: [String]) throws -> (CheckRequestView, Severity) {
        let command = try CheckCommand.parse(arguments)
        let (request, failOn) = try command.makeRequest()
        return (CheckRequestView(inputs: request.inputs, profile: request.options.profile, policy: request.policy,
                                  jobs: request.jobs), failOn)
    }

    struct CheckRequestView: Equatable {
        var inputs: [String]
        var profile: String?
        var policy: SeverityPolicy
        var jobs: Int
    }

    func testDefaults() throws {
        let (r, failOn) = try request(["a.epub", "shelf"])
        XCTAssertEqual(r.inputs, ["a.epub", "shelf"])
        XCTAssertNil(r.profile)
        XCTAssertEqual(r.policy, SeverityPolicy())
        XCTAssertEqual(r.jobs, ProcessInfo.processInfo.activeProcessorCount)
        XCTAssertEqual(failOn, .error)
        let command = try CheckCommand.parse(["a.epub"])
        XCTAssertEqual(command.report.format, .text)
        XCTAssertNil(command.report.output)
    }

    func testAllOptions() throws {
        let (r, failOn) = try request(["a.epub", "--format", "sarif", "--output", "r.sarif", "--fail-on", "warning",
                                       "--severity", "RSC-005=warning", "--severity", "OPF-085=off",
                                       "--profile", "dict", "--jobs", "3"])
        XCTAssertEqual(failOn, .warning)
        XCTAssertEqual(r.profile, "dict")
        XCTAssertEqual(r.jobs, 3)
        XCTAssertEqual(r.policy.overrides["RSC-005"], .some(.warning))
        XCTAssertEqual(r.policy.overrides["OPF-085"], .some(nil))
        let command = try CheckCommand.parse(["a.epub", "--format", "junit", "-q"])
        XCTAssertEqual(command.report.format, .junit)
        XCTAssertTrue(command.report.quiet)
    }

    func testAccessibilityFromTheFlagOrTheConfigFile() throws {
        XCTAssertFalse(try CheckCommand.parse(["a.epub"]).makeRequest().request.options.accessibility)
        let flagged = try CheckCommand.parse(["a.epub", "--accessibility", "--severity", "IMP-A11Y-057=error"]).makeRequest().request
        XCTAssertTrue(flagged.options.accessibility)
        XCTAssertEqual(flagged.policy.overrides["IMP-A11Y-057"], .some(.error), "A11Y IDs are re-gradable like any")
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("a11y-\(UUID().uuidString).json").path
        try Data(#"{"accessibility": true}"#.utf8).write(to: URL(fileURLWithPath: config))
        defer { try? FileManager.default.removeItem(atPath: config) }
        XCTAssertTrue(try CheckCommand.parse(["a.epub", "--config", config]).makeRequest().request.options.accessibility)
    }

    func testDefaultProfileMeansNone() throws {
        XCTAssertNil(try request(["a.epub", "--profile", "default"]).0.profile)
    }

    func testUsageErrors() {
        for arguments in [[], ["a.epub", "--jobs", "0"], ["a.epub", "--profile", "comics"], ["a.epub", "--severity", "RSC-005"],
                          ["a.epub", "--severity", "RSC-005=loud"], ["a.epub", "--format", "html"], ["a.epub", "--fail-on", "info"],
                          ["a.epub", "--quiet", "--verbose"], ["a.epub", "--output", ""]] {
            XCTAssertThrowsError(try CheckCommand.parse(arguments), "\(arguments)")
        }
    }

    func testConfigFileThenCommandLine() throws {
        let folder = NSTemporaryDirectory() + "imprint-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let config = folder + "/imprint-check.json"
        try Data(#"{"severity": {"RSC-005": "warning", "OPF-085": "off"}, "failOn": "warning", "profile": "edupub"}"#.utf8)
            .write(to: URL(fileURLWithPath: config))

        let (fromFile, failOn) = try request(["a.epub", "--config", config])
        XCTAssertEqual(fromFile.policy.overrides["RSC-005"], .some(.warning))
        XCTAssertEqual(fromFile.policy.overrides["OPF-085"], .some(nil))
        XCTAssertEqual(fromFile.profile, "edupub")
        XCTAssertEqual(failOn, .warning)

        let (overridden, failOn2) = try request(["a.epub", "--config", config, "--severity", "RSC-005=fatal",
                                                 "--fail-on", "error", "--profile", "default"])
        XCTAssertEqual(overridden.policy.overrides["RSC-005"], .some(.fatal))
        XCTAssertEqual(overridden.policy.overrides["OPF-085"], .some(nil))
        XCTAssertNil(overridden.profile)
        XCTAssertEqual(failOn2, .error)

        XCTAssertThrowsError(try request(["a.epub", "--config", folder + "/missing.json"]))
    }

    func testLimitsFromConfigThenCommandLine() throws {
        let folder = NSTemporaryDirectory() + "imprint-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let config = folder + "/imprint-check.json"
        try Data(#"{"limits": {"entries": 20000, "entry-size": "512M", "ratio": 1000}}"#.utf8).write(to: URL(fileURLWithPath: config))

        let fromFile = try CheckCommand.parse(["a.epub", "--config", config]).makeRequest().request.limits
        XCTAssertEqual(fromFile.maxEntries, 20_000)
        XCTAssertEqual(fromFile.maxEntrySize, 512 << 20)
        XCTAssertEqual(fromFile.maxCompressionRatio, 1000)
        XCTAssertEqual(fromFile.maxTotalSize, ArchiveLimits.default.maxTotalSize)

        let both = try CheckCommand.parse(["a.epub", "--config", config, "--limit", "entries=50000", "--limit", "total-size=3g"])
            .makeRequest().request.limits
        XCTAssertEqual(both.maxEntries, 50_000)
        XCTAssertEqual(both.maxTotalSize, 3 << 30)
        XCTAssertEqual(both.maxEntrySize, 512 << 20)

        for bad in ["entries", "files=3", "entries=lots", "ratio=0", "entry-size=12X", "entries=-1"] {
            XCTAssertThrowsError(try CheckCommand.parse(["a.epub", "--limit", bad]), bad)
        }
        try Data(#"{"limits": {"entries": "many"}}"#.utf8).write(to: URL(fileURLWithPath: config))
        XCTAssertThrowsError(try CheckCommand.parse(["a.epub", "--config", config]).makeRequest())
        try Data(#"{"limits": {"entries": [1]}}"#.utf8).write(to: URL(fileURLWithPath: config))
        XCTAssertThrowsError(try CheckCommand.parse(["a.epub", "--config", config]).makeRequest())
    }

    func testRootCommandExitCodes() {
        XCTAssertEqual(ImprintCommand.run(["check", "--jobs", "0", "a.epub"]), 2, "usage errors exit 2, not ArgumentParser's 64")
        XCTAssertEqual(ImprintCommand.run(["frobnicate"]), 2)
        XCTAssertEqual(ImprintCommand.run(["check", "--severity", "RSC-0005=off", "a.epub"]), 2,
                       "an unknown message ID is refused, not silently accepted")
        XCTAssertEqual(ImprintCommand.run(["build", "--severity", "IMP-NOPE=off"]), 2)
    }
}
