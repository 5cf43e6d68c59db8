import Diagnostics
import Foundation
import XCTest
@testable import CLI

final class CheckConfigurationTests: XCTestCase {
    private func parse(_ json: String) throws -> CheckConfiguration {
        try CheckConfiguration.parse(Data(json.utf8), name: "imprint-check.json")
    }

    func testReadsEveryKey() throws {
        let config = try parse(#"{"severity": {"RSC-005": "warning", "OPF-085": "off", "PKG-006": "FATAL"}, "failOn": "warning", "profile": "dict"}"#)
        XCTAssertEqual(config.policy.overrides["RSC-005"], .some(.warning))
        XCTAssertEqual(config.policy.overrides["OPF-085"], .some(nil))
        XCTAssertEqual(config.policy.overrides["PKG-006"], .some(.fatal))
        XCTAssertEqual(config.failOn, .warning)
        XCTAssertEqual(config.profile, "dict")
        XCTAssertEqual(try parse("{}"), CheckConfiguration())
        XCTAssertTrue(try parse(#"{"accessibility": true}"#).accessibility)
        XCTAssertFalse(try parse(#"{"accessibility": false}"#).accessibility)
    }

    func testRefusesWhatItDoesNotUnderstand() {
        let bad = [
            "not json", "[]", #"{"severity": ["RSC-005"]}"#, #"{"severity": {"RSC-005": 3}}"#,
            #"{"severity": {"RSC-005": "loud"}}"#, #"{"failOn": "info"}"#, #"{"profile": "comics"}"#,
            #"{"severities": {"RSC-005": "off"}}"#, #"{"accessibility": "yes"}"#,
        ]
        for json in bad {
            XCTAssertThrowsError(try parse(json), json) { error in
                XCTAssertTrue("\(error)".contains("imprint-check.json") || "\(error)".contains("RSC-005"), "\(error)")
            }
        }
    }

    func testUnknownKeyIsNamed() {
        XCTAssertThrowsError(try parse(#"{"severity": {}, "failon": "warning"}"#)) { error in
            XCTAssertTrue("\(error)".contains("\"failon\""), "\(error)")
        }
    }
}
