import Diagnostics
import Foundation
import Imprint
import Manuscript
import OCF
import TestSupport
import XCTest

/// A novel as a pandoc user keeps it — parts, a dedication, an epigraph, footnotes, a figure, a
/// table, a letter, a poem, small caps, in one file per chapter with a metadata file — built
/// the pandoc way (`imprint build metadata.yaml ch1.md … -o book.epub`) and the Imprint way
/// (`imprint build book.yaml`) gives the same book, byte for byte.
final class PandocWayTests: XCTestCase {
    var output: URL!
    let date = Date(timeIntervalSince1970: 1_700_000_000)
    let novel = testDirectory().appendingPathComponent("Fixtures/real-books/pandoc-novel")
    /// The files in reading order, as the pandoc user names them.
    let order = ["dedication.md", "part-one.md", "01-the-lamp.md", "02-the-logbook.md", "part-two.md",
                 "03-a-letter.md", "04-the-crossing.md", "acknowledgements.md"]

    override func setUpWithError() throws {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-pandoc-way-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: output)
    }

    private func path(_ name: String) -> String { novel.appendingPathComponent(name).path }

    private func build(_ inputs: [String], file: String? = nil, folder: String = "out",
                       configure: (inout BuildRequest) -> Void = { _ in }) -> BuildOutcome {
        var request = BuildRequest(inputs: inputs, outputDirectory: output.appendingPathComponent(folder).path,
                                   date: date, jobs: 1)
        request.outputFile = file.map { output.appendingPathComponent($0).path }
        configure(&request)
        return BookBuilder.build(request)
    }

    private func assertClean(_ outcome: BuildOutcome, file: StaticString = #filePath, line: UInt = #line) {
        let problems = (outcome.diagnostics + outcome.books.flatMap(\.diagnostics)).filter { $0.severity >= .warning }
        XCTAssertEqual(problems.map { "\($0.id) \($0.location?.description ?? ""): \($0.message)" }, [], file: file, line: line)
        XCTAssertTrue(outcome.succeeded, file: file, line: line)
    }

    private func entries(_ epub: String) throws -> [String: String] {
        var sink = DiagnosticSink()
        let (_, publication) = try XCTUnwrap(Archive.read(path: epub, sink: &sink))
        var out: [String: String] = [:]
        for path in publication.paths { out[path] = String(decoding: publication[path] ?? Data(), as: UTF8.self) }
        return out
    }

    func testThePandocWayAndTheImprintWayMakeTheSameBook() throws {
        let pandoc = build([path("metadata.yaml")] + order.map(path), file: "book.epub")
        assertClean(pandoc)
        XCTAssertEqual(pandoc.books.count, 1, "one book, not one per file")
        XCTAssertEqual(pandoc.books.first?.output, output.appendingPathComponent("book.epub").path, "-o book.epub is that file")
        XCTAssertEqual(pandoc.books.first?.chapters, 4, "four chapters, not the parts or the matter")
        let imprint = build([path("book.yaml")])
        assertClean(imprint)
        let a = try Data(contentsOf: URL(fileURLWithPath: try XCTUnwrap(pandoc.books.first?.output)))
        let b = try Data(contentsOf: URL(fileURLWithPath: try XCTUnwrap(imprint.books.first?.output)))
        XCTAssertEqual(a, b, "the same book, byte for byte")
    }

    func testTheNovelReadsAsItsAuthorWroteIt() throws {
        let outcome = build([path("metadata.yaml")] + order.map(path), file: "book.epub")
        assertClean(outcome)
        let book = try entries(try XCTUnwrap(outcome.books.first?.output))
        // Parts from the heading levels used across the files: `# Part One` alone in a file,
        // its chapters `##` in the files after it; the dedication and acknowledgements beside.
        let nav = try XCTUnwrap(book["EPUB/nav.xhtml"])
        let toc = nav.components(separatedBy: "<nav epub:type=\"landmarks\"").first ?? nav
        XCTAssertNotNil(toc.range(of: #"Part One: The Island</a>\s*<ol>\s*<li><a href="text/ch004.xhtml">The Lamp</a></li>\s*<li><a href="text/ch005.xhtml">The Logbook</a></li>\s*</ol>"#, options: .regularExpression), toc)
        XCTAssertNotNil(toc.range(of: #"Part Two: The Crossing</a>\s*<ol>\s*<li><a href="text/ch007.xhtml">A Letter</a></li>\s*<li><a href="text/ch008.xhtml">The Crossing</a></li>\s*</ol>"#, options: .regularExpression), toc)
        XCTAssertTrue(book["EPUB/text/ch003.xhtml"]?.contains("<section epub:type=\"part\" role=\"doc-part\" class=\"part\">") ?? false)
        XCTAssertTrue(book["EPUB/text/ch003.xhtml"]?.contains("<blockquote>") ?? false, "the part's epigraph stays with it")
        // The dedication's class once, on its section.
        let dedication = try XCTUnwrap(book["EPUB/text/ch002.xhtml"])
        XCTAssertTrue(dedication.contains("<section epub:type=\"dedication\" role=\"doc-dedication\" class=\"dedication\">"))
        XCTAssertFalse(dedication.contains("<div class=\"dedication\">"), "no inner div of the same class: \(dedication)")
        XCTAssertEqual(book["EPUB/text/ch009.xhtml"]?.contains("epub:type=\"acknowledgments\""), true)
        // The figure's caption repeats its alt text: read once.
        let lamp = try XCTUnwrap(book["EPUB/text/ch004.xhtml"])
        XCTAssertTrue(lamp.contains("<img src=\"../images/harbour.png\" alt=\"\"/>\n        <figcaption>The harbour at Skerry, from the lantern gallery</figcaption>"), lamp)
        XCTAssertTrue(lamp.contains("<span class=\"small-caps\">the old lady</span>"))
        XCTAssertTrue(lamp.contains("epub:type=\"footnote\""))
        XCTAssertTrue(book["EPUB/text/ch005.xhtml"]?.contains("<table") ?? false)
        XCTAssertTrue(book["EPUB/text/ch007.xhtml"]?.contains("<div class=\"letter\">") ?? false)
        // The author's stylesheet after the default one, so its rules win.
        XCTAssertNotNil(lamp.range(of: #"href="../css/imprint.css"/>\s*<link rel="stylesheet" type="text/css" href="../styles/novel.css"/>"#,
                                   options: .regularExpression), lamp)
        // pandoc's metadata keys, written as pandoc's EPUB writer means them.
        let opf = try XCTUnwrap(book["EPUB/package.opf"])
        for expected in [
            "<dc:identifier id=\"uid\">urn:isbn:9780306406157</dc:identifier>",
            "<dc:identifier id=\"uid-2\">10.5555/salt-lantern</dc:identifier>",
            "<meta refines=\"#uid-2\" property=\"identifier-type\" scheme=\"onix:codelist5\">06</meta>",
            "<meta refines=\"#title\" property=\"file-as\">Salt Lantern, The</meta>",
            "<meta refines=\"#creator2\" property=\"role\" scheme=\"marc:relators\">ill</meta>",
            "<dc:subject id=\"subject-1\">Fiction / Literary</dc:subject>",
            "<meta refines=\"#subject-1\" property=\"authority\">BISAC</meta>",
            "<meta refines=\"#subject-1\" property=\"term\">FIC019000</meta>",
            "<dc:subject>Lighthouses</dc:subject>",
            "<dc:type>Text</dc:type>",
            "<meta refines=\"#series\" property=\"group-position\">1</meta>",
        ] {
            XCTAssertTrue(opf.contains(expected), "\(expected) in\n\(opf)")
        }
    }

    func testAMetadataFileBesideManuscriptsIsOneBookInTheOrderGiven() throws {
        // No -o FILE: still one book, its chapters in the order named (not file-name order).
        let outcome = build([path("metadata.yaml"), path("02-the-logbook.md"), path("01-the-lamp.md")])
        assertClean(outcome)
        XCTAssertEqual(outcome.books.count, 1)
        let written = try XCTUnwrap(outcome.books.first?.output)
        XCTAssertEqual((written as NSString).lastPathComponent, "the-salt-lantern.epub")
        let book = try entries(written)
        XCTAssertTrue(book["EPUB/text/ch002.xhtml"]?.contains("<h1>The Logbook</h1>") ?? false)
        XCTAssertTrue(book["EPUB/text/ch003.xhtml"]?.contains("<h1>The Lamp</h1>") ?? false)
    }

    func testSeveralManuscriptsWithAFolderOutputStayOneBookEach() throws {
        let outcome = build([path("01-the-lamp.md"), path("02-the-logbook.md")])
        XCTAssertEqual(outcome.books.count, 2, "Imprint's way: one book per manuscript")
    }

    func testAFileOutputForSeveralBooksIsAnsweredNotGuessed() throws {
        // A folder of separate manuscripts is several books; -o book.epub names one.
        let folder = output.appendingPathComponent("drafts")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "# One\n\nText.\n".write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try "# Two\n\nText.\n".write(to: folder.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        let outcome = build([folder.path], file: "book.epub")
        XCTAssertFalse(outcome.succeeded)
        XCTAssertEqual(outcome.diagnostics.map(\.id), ["IMP-BLD-005"])
        XCTAssertTrue(outcome.diagnostics[0].message.contains("makes 2 books"), outcome.diagnostics[0].message)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("book.epub").path))
        // A folder among files joined into one book is refused the same way.
        let mixed = build([path("metadata.yaml"), folder.path, path("01-the-lamp.md")], file: "mixed.epub")
        XCTAssertEqual(mixed.diagnostics.map(\.id), ["IMP-BLD-005"])
        // Two projects, each a book already.
        let two = build([path("book.yaml"), folder.path], file: "two.epub")
        XCTAssertEqual(two.diagnostics.map(\.id), ["IMP-BLD-005"])
        XCTAssertTrue(two.diagnostics.first?.message.contains("2 books of their own") ?? false)
        // And a book.yaml that lists its chapters, named beside chapter files.
        let ambiguous = build([path("book.yaml"), path("01-the-lamp.md")], file: "twice.epub")
        XCTAssertEqual(ambiguous.books.flatMap(\.diagnostics).map(\.id), ["IMP-BLD-005"])
        XCTAssertFalse(ambiguous.succeeded)
    }

    func testAFolderNamedLikeABookIsNeverWrittenInto() throws {
        try FileManager.default.createDirectory(at: output.appendingPathComponent("book.epub"), withIntermediateDirectories: true)
        let outcome = build([path("metadata.yaml"), path("01-the-lamp.md")], file: "book.epub")
        XCTAssertFalse(outcome.succeeded)
        XCTAssertEqual(outcome.books.flatMap(\.diagnostics).map(\.id), ["IMP-BLD-001"])
    }

    func testMetadataFileAndDashMLayerAsInPandoc() throws {
        // --metadata-file is under the document's own metadata; -M is over it.
        let outcome = build(order.map(path), file: "layered.epub") { request in
            request.metadataFiles = [self.path("metadata.yaml")]
            request.metadataValues = ["subtitle=A Story", "author=Ana Lind", "author=Bo Lind", "lang=nb"]
        }
        assertClean(outcome)
        let opf = try XCTUnwrap(try entries(try XCTUnwrap(outcome.books.first?.output))["EPUB/package.opf"])
        XCTAssertTrue(opf.contains("<dc:title id=\"title\">The Salt Lantern</dc:title>"), "from the metadata file")
        XCTAssertTrue(opf.contains("<dc:title id=\"subtitle\">A Story</dc:title>"), "-M over the file")
        XCTAssertTrue(opf.contains("<dc:creator id=\"creator1\">Ana Lind</dc:creator>"))
        XCTAssertTrue(opf.contains("<dc:creator id=\"creator2\">Bo Lind</dc:creator>"), "a key given twice is a list")
        XCTAssertTrue(opf.contains("<dc:language>nb</dc:language>"))
    }

    func testTitlePageOffNumberedSectionsAndOnlyTheAuthorsStylesheet() throws {
        let outcome = build([path("metadata.yaml")] + order.map(path), file: "plain.epub") { request in
            request.titlePage = false
            request.sourceOptions.numberSections = true
            request.sourceOptions.defaultStylesheet = false
        }
        assertClean(outcome)
        let book = try entries(try XCTUnwrap(outcome.books.first?.output))
        XCTAssertNil(book["EPUB/text/title.xhtml"], "--epub-title-page=false")
        XCTAssertFalse(book["EPUB/package.opf"]?.contains("titlepage") ?? true)
        XCTAssertNil(book["EPUB/css/imprint.css"], "--no-default-stylesheet")
        let lamp = try XCTUnwrap(book["EPUB/text/ch004.xhtml"])
        XCTAssertFalse(lamp.contains("imprint.css"))
        XCTAssertTrue(lamp.contains("href=\"../styles/novel.css\""))
        // pandoc numbers by level: parts 1 and 2, their chapters 1.1, 1.2, 2.1, 2.2; the
        // dedication and acknowledgements are not numbered.
        XCTAssertTrue(book["EPUB/text/ch003.xhtml"]?.contains("<h1>1 Part One: The Island</h1>") ?? false)
        XCTAssertTrue(lamp.contains("<h1>1.1 The Lamp</h1>"), lamp)
        XCTAssertTrue(book["EPUB/text/ch008.xhtml"]?.contains("<h1>2.2 The Crossing</h1>") ?? false)
        XCTAssertTrue(book["EPUB/text/ch002.xhtml"]?.contains("<h1>Dedication</h1>") ?? false)
    }

    func testImagesAreFoundFromTheCurrentFolderAsInPandoc() throws {
        // pandoc run from the book's folder finds `images/map.png` named in chapters/one.md.
        let project = output.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project.appendingPathComponent("chapters"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: project.appendingPathComponent("images"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: novel.appendingPathComponent("images/harbour.png"),
                                         to: project.appendingPathComponent("images/map.png"))
        try "title: Maps\n".write(to: project.appendingPathComponent("metadata.yaml"), atomically: true, encoding: .utf8)
        try "# One\n\n![The map of the island](images/map.png)\n\nText.\n"
            .write(to: project.appendingPathComponent("chapters/one.md"), atomically: true, encoding: .utf8)
        let previous = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(project.path))
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }
        let outcome = build(["metadata.yaml", "chapters/one.md"], file: "maps.epub")
        assertClean(outcome)
        let book = try entries(try XCTUnwrap(outcome.books.first?.output))
        XCTAssertNotNil(book["EPUB/images/map.png"])
    }

    func testOneManuscriptWithItsMetadataFileReadsAsABookOfOneFile() throws {
        // `# Title` over `##` chapters in the one file: chapters at level 2, the metadata
        // file's title over the heading's.
        let folder = output.appendingPathComponent("single")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "title: From the Metadata\n".write(to: folder.appendingPathComponent("meta.yaml"), atomically: true, encoding: .utf8)
        try "# The Whole Book\n\n## One\n\nText.\n\n## Two\n\nText.\n"
            .write(to: folder.appendingPathComponent("whole.md"), atomically: true, encoding: .utf8)
        let outcome = build([folder.appendingPathComponent("meta.yaml").path, folder.appendingPathComponent("whole.md").path],
                            file: "whole.epub")
        assertClean(outcome)
        XCTAssertEqual(outcome.books.first?.title, "From the Metadata")
        XCTAssertEqual(outcome.books.first?.chapters, 2)
    }

    func testHeaderIncludesStylesReachTheBook() throws {
        let folder = output.appendingPathComponent("styled")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "title: Styled\nheader-includes: |\n  <style>\n  p { text-indent: 0; }\n  </style>\n"
            .write(to: folder.appendingPathComponent("meta.yaml"), atomically: true, encoding: .utf8)
        try "# One\n\nText.\n".write(to: folder.appendingPathComponent("one.md"), atomically: true, encoding: .utf8)
        let outcome = build([folder.appendingPathComponent("meta.yaml").path, folder.appendingPathComponent("one.md").path],
                            file: "styled.epub")
        assertClean(outcome)
        let book = try entries(try XCTUnwrap(outcome.books.first?.output))
        XCTAssertEqual(book["EPUB/styles/meta.css"]?.trimmingCharacters(in: .whitespacesAndNewlines), "p { text-indent: 0; }")
        XCTAssertNotNil(book["EPUB/text/ch001.xhtml"]?.range(of: #"imprint.css"/>\s*<link rel="stylesheet" type="text/css" href="../styles/meta.css"/>"#,
                                                              options: .regularExpression))
    }
}
