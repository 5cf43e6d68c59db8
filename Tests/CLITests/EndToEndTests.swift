import Foundation
import Imprint
import OCF
import TestSupport
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs the built `imprint` binary for what only a process shows: exit codes, which stream
/// gets what, files written. Skipped when the binary has not been built (`swift build` first);
/// the in-process tests cover the logic.
final class EndToEndTests: XCTestCase {
    private var folder = ""
    private var binary = ""

    override func setUpWithError() throws {
        guard let found = ImprintBinary.locate() else {
            throw XCTSkip("the imprint binary is not built; run `swift build` first")
        }
        binary = found
        folder = NSTemporaryDirectory() + "imprint-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try write(EPUB.valid(), to: "good.epub")
        try write(EPUB.valid(link: "missing.xhtml"), to: "broken.epub")
    }

    override func tearDownWithError() throws {
        if !folder.isEmpty { try? FileManager.default.removeItem(atPath: folder) }
    }

    private func write(_ publication: Publication, to name: String) throws {
        try Archive.data(publication, date: Date(timeIntervalSince1970: 1_700_000_000))
            .write(to: URL(fileURLWithPath: folder + "/" + name))
    }

    private struct Run { var status: Int32; var stdout: String; var stderr: String }

    private func imprint(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = nil
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting: a full pipe would otherwise block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    func testOutlinePrintsTheStructureWithoutBuilding() throws {
        let text = "THE LONG ROAD\n\nby A. Walker\n\n\nSTAGE 1. THE GATE\n\n" + String(repeating: "They walked on through the rain and did not speak of it again.\n\n", count: 3)
            + "STAGE 2. THE RIVER\n\n" + String(repeating: "The water was high and brown and it carried whole trees down with it.\n\n", count: 3)
            + "STAGE 3. THE TOWN\n\n" + String(repeating: "Nobody in the town had heard of them, and nobody asked.\n\n", count: 3)
        try text.write(toFile: folder + "/road.txt", atomically: true, encoding: .utf8)
        let json = try imprint(["outline", "road.txt", "--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let outlines = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let chapters = try XCTUnwrap(outlines.first?["chapters"] as? [[String: Any]])
        XCTAssertEqual(chapters.compactMap { $0["title"] as? String }, ["STAGE 1. THE GATE", "STAGE 2. THE RIVER", "STAGE 3. THE TOWN"])
        XCTAssertEqual(chapters.compactMap { $0["line"] as? Int }, [6, 14, 22])
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/THE LONG ROAD.epub"), "outline writes nothing")

        let text2 = try imprint(["outline", "road.txt"])
        XCTAssertTrue(text2.stdout.contains("3 headings \"STAGE <number>.\" numbered 1–3 in order"), text2.stdout)

        let missing = try imprint(["outline", "nowhere.txt"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("nowhere.txt"), missing.stderr)
    }

    func testVersion() throws {
        let run = try imprint(["--version"])
        XCTAssertEqual(run.status, 0)
        // The version and commit, then the C libraries the process loaded, as numbers.
        let lines = run.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2, run.stdout)
        XCTAssertTrue(lines[0].hasPrefix("imprint \(ToolVersion.current) (commit "), lines[0])
        let pattern = try NSRegularExpression(pattern: #"^libzip \d+\.\d+(\.\d+)?, libxml2 \d+\.\d+\.\d+, cmark-gfm \d+\.\d+\.\d+(\.gfm\.\d+)?$"#)
        XCTAssertNotNil(pattern.firstMatch(in: lines[1], range: NSRange(lines[1].startIndex..., in: lines[1])), lines[1])
    }

    func testExitCodesAndPlainTextOnAPipe() throws {
        let valid = try imprint(["check", "good.epub"])
        XCTAssertEqual(valid.status, 0, valid.stdout + valid.stderr)
        XCTAssertTrue(valid.stdout.hasPrefix("good.epub: valid\n"), valid.stdout)
        XCTAssertFalse(valid.stdout.contains("\u{1B}["), "no colour on a pipe")
        XCTAssertEqual(valid.stderr, "", "no progress line when stderr is not a terminal")

        let invalid = try imprint(["check", "good.epub", "broken.epub"])
        XCTAssertEqual(invalid.status, 1)
        XCTAssertTrue(invalid.stdout.contains("broken.epub/EPUB/chapter-1.xhtml:"), invalid.stdout)
        XCTAssertTrue(invalid.stdout.contains("[RSC-007]"), invalid.stdout)

        XCTAssertEqual(try imprint(["check", "missing.epub"]).status, 2)
        XCTAssertEqual(try imprint(["check", "good.epub", "missing.epub"]).status, 2)
        XCTAssertEqual(try imprint(["check"]).status, 2)
        XCTAssertEqual(try imprint(["check", "--format", "pdf", "good.epub"]).status, 2)
    }

    func testRegradingAndFailOnWarning() throws {
        XCTAssertEqual(try imprint(["check", "broken.epub", "--severity", "RSC-007=warning"]).status, 0)
        XCTAssertEqual(try imprint(["check", "broken.epub", "--severity", "RSC-007=warning", "--fail-on", "warning"]).status, 1)
        XCTAssertEqual(try imprint(["check", "broken.epub", "--severity", "RSC-007=off", "--fail-on", "warning"]).status, 0)
        try Data(#"{"severity": {"RSC-007": "warning"}}"#.utf8).write(to: URL(fileURLWithPath: folder + "/conf.json"))
        XCTAssertEqual(try imprint(["check", "broken.epub", "--config", "conf.json"]).status, 0)
        try Data("{oops".utf8).write(to: URL(fileURLWithPath: folder + "/bad.json"))
        let bad = try imprint(["check", "broken.epub", "--config", "bad.json"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("bad.json"), bad.stderr)
    }

    func testJSONOnStandardOutput() throws {
        let run = try imprint(["check", "--format", "json", "broken.epub"])
        XCTAssertEqual(run.status, 1)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let checker = try XCTUnwrap(json["checker"] as? [String: Any])
        XCTAssertGreaterThanOrEqual(checker["nError"] as? Int ?? 0, 1)
        XCTAssertEqual((json["publication"] as? [String: Any])?["valid"] as? Bool, false)
    }

    func testSARIFAndJUnitToAFile() throws {
        let sarif = try imprint(["check", "--format", "sarif", "--output", "report.sarif", "broken.epub", "good.epub"])
        XCTAssertEqual(sarif.status, 1)
        XCTAssertTrue(sarif.stdout.hasSuffix("2 publications: 1 valid, 1 invalid; 0 fatal, 1 error, 0 warnings\n"), sarif.stdout)
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/report.sarif"))
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(root["version"] as? String, "2.1.0")
        let results = (root["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]
        XCTAssertEqual(results?.first?["ruleId"] as? String, "RSC-007")

        let junit = try imprint(["check", "--format", "junit", "--output", "report.xml", "--quiet", "broken.epub"])
        XCTAssertEqual(junit.status, 1)
        XCTAssertEqual(junit.stdout, "", "--quiet: nothing on stdout")
        let parser = XMLParser(data: try Data(contentsOf: URL(fileURLWithPath: folder + "/report.xml")))
        XCTAssertTrue(parser.parse())
    }

    func testUnwritableOutputIsAnIOErrorAndWritesNothing() throws {
        let run = try imprint(["check", "--format", "json", "--output", "no/such/folder/report.json", "good.epub"])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("no/such/folder/report.json"), run.stderr)
        XCTAssertEqual(run.stdout, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/no"))
    }

    func testGitHubAnnotations() throws {
        let run = try imprint(["check", "--format", "github", "broken.epub"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.hasPrefix("::error file=broken.epub,title=RSC-007::EPUB/chapter-1.xhtml:"), run.stdout)
    }
}

extension EndToEndTests {
    private func manuscript(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
    }

    func testBuildPrintsOneLinePerBookAndWritesIt() throws {
        try manuscript("tale.txt", """
            The Little Tale

            Chapter 1: Morning

            It was a "bright" morning, and nobody was up.

            Chapter 2: Evening

            By evening -- as always -- everyone was tired...

            """)
        let run = try imprint(["build", "tale.txt", "-o", "out"])
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        let first = run.stdout.split(separator: "\n").first.map(String.init) ?? ""
        XCTAssertTrue(first.hasPrefix("out/the-little-tale.epub  2 chapters  "), run.stdout)
        XCTAssertTrue(first.hasSuffix(" ms"), first)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/out/the-little-tale.epub"))
        // The book passes the same checker from the outside.
        XCTAssertEqual(try imprint(["check", "out/the-little-tale.epub"]).status, 0)
    }

    func testBuildErrorsAndMachineFormats() throws {
        XCTAssertEqual(try imprint(["build", "nothing-here.txt", "-o", "out"]).status, 2)
        XCTAssertEqual(try imprint(["build", "--epub-version", "4"]).status, 2)
        try manuscript("empty.txt", "")
        let empty = try imprint(["build", "empty.txt", "-o", "out"])
        XCTAssertNotEqual(empty.status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/out/empty.epub"))

        try manuscript("short.txt", "A Short Piece\n\nOne paragraph, and that is all.\n")
        let json = try imprint(["build", "short.txt", "-o", "out", "--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any],
                                 "no book lines mixed into JSON")
        XCTAssertEqual((root["checker"] as? [String: Any])?["command"] as? String, "build")
    }
}

/// The smallest valid EPUB 3 (EPUBCheck 5.3: no messages), optionally with a link to a missing
/// file (RSC-007). The same book as ImprintTests' CheckFixtures, kept short here.
private enum EPUB {
    static func valid(link: String? = nil) -> Publication {
        var p = Publication()
        p.add(path: "mimetype", data: Data("application/epub+zip".utf8), stored: true)
        p.add(path: "META-INF/container.xml", text: """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
              <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
            </container>
            """)
        p.add(path: "EPUB/package.opf", text: """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="en">
              <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:identifier id="uid">urn:uuid:0f1d5a3e-8c1b-4b7e-9a55-3f1c2d4e5f60</dc:identifier>
                <dc:title>A Small Book</dc:title>
                <dc:language>en</dc:language>
                <meta property="dcterms:modified">2024-01-01T00:00:00Z</meta>
              </metadata>
              <manifest>
                <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                <item id="c1" href="chapter-1.xhtml" media-type="application/xhtml+xml"/>
              </manifest>
              <spine><itemref idref="c1"/></spine>
            </package>
            """)
        p.add(path: "EPUB/nav.xhtml", text: """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en" lang="en">
              <head><title>Contents</title></head>
              <body><nav epub:type="toc" id="toc"><h1>Contents</h1><ol><li><a href="chapter-1.xhtml">Chapter 1</a></li></ol></nav></body>
            </html>
            """)
        let extra = link.map { "<p><a href=\"\($0)\">more</a></p>" } ?? ""
        p.add(path: "EPUB/chapter-1.xhtml", text: """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
              <head><title>Chapter 1</title></head>
              <body><h1>Chapter 1</h1><p>It was a bright cold day in April.</p>\(extra)</body>
            </html>
            """)
        return p
    }
}
