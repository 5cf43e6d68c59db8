import ArgumentParser
import Foundation
import XCTest
@testable import CLI

/// pandoc's command line, as a pandoc user types it, turned into Imprint's request: what each
/// option means, and the answer for the options Imprint does not take.
final class PandocCommandLineTests: XCTestCase {
    func testOutputEndingInEPUBIsTheBookFile() throws {
        let short = try BuildCommand.parse(["metadata.yaml", "ch1.md", "ch2.md", "-o", "book.epub"]).makeRequest(environment: [:])
        XCTAssertEqual(short.outputFile, "book.epub")
        XCTAssertEqual(short.inputs, ["metadata.yaml", "ch1.md", "ch2.md"], "in the order given")
        // pandoc's --output names the book too; the report keeps standard output.
        let long = try BuildCommand.parse(["ch1.md", "--output=out/Book.EPUB"])
        XCTAssertEqual(try long.makeRequest(environment: [:]).outputFile, "out/Book.EPUB")
        XCTAssertNil(long.reportOptions.output)
        // A folder stays a folder, even one whose name ends in .epub when written with a slash.
        XCTAssertNil(try BuildCommand.parse(["ch1.md", "-o", "out"]).makeRequest(environment: [:]).outputFile)
        XCTAssertNil(try BuildCommand.parse(["ch1.md", "-o", "odd.epub/"]).makeRequest(environment: [:]).outputFile)
        // A report file still goes where --output says when it is not an .epub.
        XCTAssertEqual(try BuildCommand.parse(["ch1.md", "--output", "r.json"]).reportOptions.output, "r.json")
    }

    func testPandocsEPUBOptionsMeanWhatTheyMeanInPandoc() throws {
        let meta = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-meta-\(UUID().uuidString).yaml")
        try "title: T\n".write(to: meta, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: meta) }
        XCTAssertThrowsError(try BuildCommand.parse(["--metadata-file", "missing.yaml"]), "a missing metadata file")
        let command = try BuildCommand.parse([
            "--metadata-file", meta.path, "-M", "title=The Title", "--metadata", "draft", "--toc", "--toc-depth", "2",
            "--epub-chapter-level", "2", "-c", "a.css", "--css=b.css", "--epub-cover-image", "cover.jpg",
            "--epub-embed-font", "f.otf", "--epub-title-page=false", "-N", "--resource-path", "/usr:/tmp",
            "-f", "markdown-smart", "-t", "epub2", "-s", "--epub-metadata", "dc.xml", "ch1.txt",
        ])
        let request = try command.makeRequest(environment: [:])
        XCTAssertEqual(request.metadataFiles, [meta.path])
        XCTAssertEqual(request.metadataValues, ["title=The Title", "draft", "epub-metadata=dc.xml"])
        XCTAssertEqual(request.sourceOptions.splitLevel, 2)
        XCTAssertEqual(request.sourceOptions.stylesheets, ["a.css", "b.css"])
        XCTAssertEqual(request.sourceOptions.coverImage, "cover.jpg")
        XCTAssertEqual(request.sourceOptions.fonts, ["f.otf"])
        XCTAssertFalse(request.titlePage)
        XCTAssertTrue(request.sourceOptions.numberSections)
        XCTAssertEqual(request.sourceOptions.resourcePaths, ["/usr", "/tmp"], "pandoc separates folders with ':'")
        XCTAssertEqual(request.sourceOptions.format, .markdown, "-f markdown reads ch1.txt as Markdown")
        XCTAssertFalse(request.sourceOptions.reader.smartTypography, "-smart")
        XCTAssertEqual(request.epubVersion, .epub2)
        XCTAssertEqual(try BuildCommand.parse(["--top-level-division=part"]).makeRequest(environment: [:]).sourceOptions.splitLevel, 2)
        XCTAssertEqual(try BuildCommand.parse(["-f", "gfm"]).makeRequest(environment: [:]).sourceOptions.format, .markdown)
        XCTAssertEqual(try BuildCommand.parse(["--no-default-stylesheet"]).makeRequest(environment: [:]).sourceOptions.defaultStylesheet, false)
    }

    func testFormatsImprintDoesNotReadOrWriteAreUsageErrors() {
        for arguments in [["-f", "rst"], ["--from", "latex"], ["-t", "docx"], ["--to=html"], ["--top-level-division", "book"],
                          ["-M", "=x"]] {
            XCTAssertThrowsError(try BuildCommand.parse(arguments), "\(arguments)")
        }
    }

    func testOtherPandocOptionsAreAnsweredWithTheImprintWay() {
        let cases: [([String], String)] = [
            (["--citeproc", "a.md"], "does not process citations"),
            (["-C", "a.md"], "does not process citations"),
            (["--bibliography=refs.bib", "a.md"], "does not process citations"),
            (["--lua-filter", "f.lua", "a.md"], "runs no filters"),
            (["-V", "x=y"], "has no templates"),
            (["--template=t.html"], "has no templates"),
            (["-H", "head.html"], "--css"),
            (["--include-before-body", "b.html"], "dedication"),
            (["--highlight-style", "tango"], "does not colour code"),
            (["--shift-heading-level-by=1"], "--split-level"),
            (["--epub-subdirectory", "OEBPS"], "EPUB/"),
            (["--wrap=none"], "has no effect"),
            (["-d", "book.yaml"], "book.yaml"),
        ]
        for (arguments, expected) in cases {
            let answer = PandocOptions.refusal(in: arguments)
            XCTAssertTrue(answer?.contains(expected) ?? false, "\(arguments): \(answer ?? "nil")")
            XCTAssertFalse(answer?.contains("Did you mean") ?? true)
        }
        // Options Imprint takes are not refused, and nothing after `--` is an option.
        XCTAssertNil(PandocOptions.refusal(in: ["--toc", "-N", "--css", "a.css", "-M", "x=y", "-o", "b.epub", "-f", "markdown"]))
        XCTAssertNil(PandocOptions.refusal(in: ["--", "--citeproc"]))
        XCTAssertEqual(ImprintCommand.run(["build", "--citeproc", "a.md"]), 2)
    }

    func testEmbedFontWildcardsAreExpandedAsPandocDoes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-fonts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["Serif-Italic.ttf", "Serif-Regular.ttf", "notes.txt"] {
            try Data().write(to: folder.appendingPathComponent(name))
        }
        let request = try BuildCommand.parse(["--epub-embed-font", folder.path + "/Serif-*.ttf", "--embed-font", "Other.otf"])
            .makeRequest(environment: [:])
        XCTAssertEqual(request.sourceOptions.fonts, [folder.path + "/Serif-Italic.ttf", folder.path + "/Serif-Regular.ttf", "Other.otf"])
        XCTAssertEqual(BuildCommand.expandingWildcards(folder.path + "/*.woff"), [folder.path + "/*.woff"], "no match: kept, to be reported")
    }

    func testPandocsBooleanFlagsTakeTrueOrFalse() {
        XCTAssertEqual(PandocOptions.normalized(["--toc=true", "--number-sections=false", "-N", "--css=a.css", "--", "--toc=false"]),
                       ["--toc", "-N", "--css=a.css", "--", "--toc=false"])
    }
}
