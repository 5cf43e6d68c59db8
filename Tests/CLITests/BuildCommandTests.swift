import ArgumentParser
import Diagnostics
import Foundation
import XCTest
@testable import CLI

/// `imprint build` option parsing, in-process: what each command line turns into.
final class BuildCommandTests: XCTestCase {
    func testDefaults() throws {
        let request = try BuildCommand.parse([]).makeRequest(environment: [:])
        XCTAssertEqual(request.inputs, [], "no inputs: the library builds seeds/")
        XCTAssertEqual(request.outputDirectory, "build")
        XCTAssertNil(request.overrides.title)
        XCTAssertNil(request.overrides.language, "the library falls back to en only when nothing else says")
        XCTAssertTrue(request.sourceOptions.reader.smartTypography)
        XCTAssertEqual(request.epubVersion, .epub3)
        XCTAssertNil(request.date)
        XCTAssertNil(request.sourceOptions.endnotes)
        XCTAssertTrue(request.generateCover)
    }

    func testNoGeneratedCover() throws {
        XCTAssertFalse(try BuildCommand.parse(["--no-generated-cover"]).makeRequest(environment: [:]).generateCover)
    }

    func testEveryOption() throws {
        let command = try BuildCommand.parse([
            "novel.txt", "notes/", "-o", "out", "--title", "The Title", "--author", "A. Writer", "--language", "pt-BR",
            "--identifier", "urn:isbn:9780000000000", "--no-smart", "--epub-version", "2", "--split-level", "2",
            "--toc-depth", "3", "--endnotes", "--allow-remote", "--cover", "cover.jpg", "--css", "a.css", "--css", "b.css",
            "--embed-font", "f.otf", "--severity", "IMP-SRC-006=off", "--jobs", "2", "--format", "json", "--output", "r.json",
        ])
        let request = try command.makeRequest(environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        XCTAssertEqual(request.inputs, ["novel.txt", "notes/"])
        XCTAssertEqual(request.outputDirectory, "out")
        XCTAssertEqual(request.overrides.title, "The Title")
        XCTAssertEqual(request.overrides.creators?.map(\.name), ["A. Writer"])
        XCTAssertEqual(request.overrides.creators?.first?.role, "aut")
        XCTAssertEqual(request.overrides.language, "pt-BR")
        XCTAssertEqual(request.overrides.identifier?.value, "urn:isbn:9780000000000")
        XCTAssertFalse(request.sourceOptions.reader.smartTypography)
        XCTAssertEqual(request.epubVersion, .epub2)
        XCTAssertEqual(request.sourceOptions.splitLevel, 2)
        XCTAssertEqual(request.sourceOptions.tocDepth, 3)
        XCTAssertEqual(request.sourceOptions.endnotes, true)
        XCTAssertTrue(request.sourceOptions.allowRemote)
        XCTAssertEqual(request.sourceOptions.coverImage, "cover.jpg")
        XCTAssertEqual(request.sourceOptions.stylesheets, ["a.css", "b.css"])
        XCTAssertEqual(request.sourceOptions.fonts, ["f.otf"])
        XCTAssertEqual(request.policy.overrides["IMP-SRC-006"], .some(nil))
        XCTAssertEqual(request.jobs, 2)
        XCTAssertEqual(request.date, Date(timeIntervalSince1970: 1_700_000_000))
        XCTAssertEqual(command.report.format, .json)
        XCTAssertEqual(try BuildCommand.parse(["--cover-image", "c.png"]).cover, "c.png")
    }

    func testUsageErrors() {
        for arguments in [["--epub-version", "4"], ["--split-level", "0"], ["--toc-depth", "9"], ["--jobs", "0"],
                          ["--title", " "], ["-o", ""], ["--severity", "X"], ["--quiet", "--verbose"]] {
            XCTAssertThrowsError(try BuildCommand.parse(arguments), "\(arguments)")
        }
        XCTAssertThrowsError(try BuildCommand.parse([]).makeRequest(environment: ["SOURCE_DATE_EPOCH": "yesterday"]))
    }
}
