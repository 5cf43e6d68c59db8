import Foundation
import XCTest
@testable import CLI

/// `imprint check --write-baseline` then `--baseline`, end to end on an unpacked EPUB whose
/// chapter links a missing image: edits elsewhere in the file keep the finding matched (exit 0),
/// a new finding fails (exit 1), and a fixed one is reported as fixed.
final class BaselineCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-baseline-\(UUID().uuidString)")
        let book = folder.appendingPathComponent("book")
        try FileManager.default.createDirectory(at: book.appendingPathComponent("META-INF"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: book.appendingPathComponent("EPUB"), withIntermediateDirectories: true)
        try write("book/mimetype", "application/epub+zip")
        try write("book/META-INF/container.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
              <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
            </container>

            """)
        try write("book/EPUB/package.opf", """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="en">
              <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:identifier id="uid">urn:uuid:12345678-1234-4234-8234-123456789abc</dc:identifier>
                <dc:title>Baseline</dc:title>
                <dc:language>en</dc:language>
                <meta property="dcterms:modified">2024-01-01T00:00:00Z</meta>
              </metadata>
              <manifest>
                <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                <item id="ch1" href="ch1.xhtml" media-type="application/xhtml+xml"/>
              </manifest>
              <spine><itemref idref="ch1"/></spine>
            </package>

            """)
        try write("book/EPUB/nav.xhtml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
            <head><title>Contents</title></head>
            <body><nav epub:type="toc"><ol><li><a href="ch1.xhtml">One</a></li></ol></nav></body>
            </html>

            """)
        try chapter(before: [], images: ["missing.png"])
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(path))
    }

    private func chapter(before: [String], images: [String]) throws {
        let lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<!DOCTYPE html>",
                     "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">",
                     "<head><title>One</title></head>", "<body>"] + before
            + images.map { "<p><img src=\"\($0)\" alt=\"a map\"/></p>" } + ["</body>", "</html>", ""]
        try write("book/EPUB/ch1.xhtml", lines.joined(separator: "\n"))
    }

    private func check(_ extra: [String]) -> Int32 {
        let cwd = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(folder.path)
        defer { FileManager.default.changeCurrentDirectoryPath(cwd) }
        return ImprintCommand.run(["check", "book"] + (extra.contains("--verbose") ? [] : ["--quiet"]) + extra)
    }

    func testBaselineSurvivesEditsAndCatchesNewFindings() throws {
        XCTAssertEqual(check([]), 1, "the missing image is an error")
        XCTAssertEqual(check(["--write-baseline", "baseline.json"]), 0, "written, the run reports against it")
        let baseline = try String(contentsOf: folder.appendingPathComponent("baseline.json"), encoding: .utf8)
        XCTAssertTrue(baseline.contains("\"RSC-007\""), baseline)

        // Paragraphs added before the finding: it moves down three lines and stays matched.
        try chapter(before: ["<p>New</p>", "<p>text</p>", "<p>here</p>"], images: ["missing.png"])
        XCTAssertEqual(check(["--baseline", "baseline.json"]), 0)

        // A second missing image is new.
        try chapter(before: ["<p>New</p>"], images: ["missing.png", "other.png"])
        XCTAssertEqual(check(["--baseline", "baseline.json"]), 1)

        // The recorded one fixed: reported as fixed in SARIF, and the run passes.
        try chapter(before: [], images: [])
        let report = folder.appendingPathComponent("r.sarif").path
        XCTAssertEqual(check(["--baseline", "baseline.json", "--format", "sarif", "--output", report, "--verbose"]), 0)
        let sarif = try String(contentsOfFile: report, encoding: .utf8)
        XCTAssertTrue(sarif.contains("\"baselineState\": \"absent\""), sarif)
        XCTAssertTrue(sarif.contains("IMP-CHK-002"), sarif)
    }

    func testABrokenBaselineIsAUsageError() throws {
        try write("baseline.json", "{\"formatVersion\": 99, \"findings\": []}")
        XCTAssertEqual(check(["--baseline", "baseline.json"]), 2)
        XCTAssertEqual(check(["--baseline", "nothing-here.json"]), 2)
        XCTAssertThrowsError(try CheckCommand.parse(["a.epub", "--baseline", "a", "--write-baseline", "b"]))
    }
}
