import Diagnostics
import Foundation
import Imprint
import OCF
import Rendering
import TestSupport
import Validation
import XCTest

/// Issue 4's acceptance, in process: real books of many files built through `BookBuilder` as
/// EPUB 3 and EPUB 2, then checked again from the written file exactly as `imprint check`
/// would. Each must come out with no error and no warning. (EPUBCheck itself is run on the
/// same books by hand: see the report in the commit that added this file.)
final class RealBookTests: XCTestCase {
    var output: URL!
    let date = Date(timeIntervalSince1970: 1_711_000_000)

    override func setUpWithError() throws {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-real-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: output)
    }

    /// The sample book of issue 4, kept with the manuscript reader's fixtures.
    var sampleBook: URL {
        testDirectory().deletingLastPathComponent()
            .appendingPathComponent("ManuscriptTests/Fixtures/books/sample")
    }

    var fixtures: URL { testDirectory().appendingPathComponent("Fixtures/real-books") }

    /// A copy of a fixture folder in the temporary folder, to change without touching the original.
    func copy(_ folder: URL) throws -> URL {
        let destination = output.appendingPathComponent("src-" + folder.lastPathComponent)
        try FileManager.default.copyItem(at: folder, to: destination)
        return destination
    }

    /// Builds `input`, asserts that it succeeded with nothing at warning level or above, checks
    /// the written file again as `imprint check` does, and returns the publication read back.
    @discardableResult
    func buildClean(_ input: String, _ version: EPUBVersion = .epub3, generateCover: Bool = true,
                    file: StaticString = #filePath, line: UInt = #line) throws -> Publication {
        var request = BuildRequest(inputs: [input], outputDirectory: output.appendingPathComponent("out-\(version)").path,
                                   epubVersion: version, date: date, jobs: 1)
        request.generateCover = generateCover
        let outcome = BookBuilder.build(request)
        let problems = (outcome.diagnostics + outcome.books.flatMap(\.diagnostics)).filter { $0.severity >= .warning }
        XCTAssertTrue(outcome.succeeded, "\(problems.map { "\($0.id) \($0.message) \($0.notes)" })", file: file, line: line)
        XCTAssertEqual(problems.map { "\($0.id): \($0.message)" }, [], file: file, line: line)
        let path = try XCTUnwrap(outcome.books.first?.output, file: file, line: line)

        let report = CheckRunner.run(CheckRequest(inputs: [path], jobs: 1))
        XCTAssertEqual(report.allDiagnostics.filter { $0.severity >= .warning }.map { "\($0.id): \($0.message)" }, [],
                       "imprint check on \(path)", file: file, line: line)
        // Accessible by construction (issue 11): nothing critical or serious with alt text given.
        let accessibility = CheckRunner.run(CheckRequest(inputs: [path], options: CheckOptions(accessibility: true), jobs: 1))
        XCTAssertEqual(accessibility.allDiagnostics.filter { $0.severity >= .error }.map { "\($0.id): \($0.message) at \($0.location?.description ?? "")" }, [],
                       "imprint check --accessibility on \(path)", file: file, line: line)
        var sink = DiagnosticSink()
        let (_, publication) = try XCTUnwrap(Archive.read(path: path, sink: &sink), file: file, line: line)
        return publication
    }

    // MARK: - The sample book

    func testSampleBookIsCleanAsEPUB3() throws {
        let book = try buildClean(sampleBook.path)
        let opf = book.text("package.opf")
        XCTAssertTrue(opf.contains("<dc:title id=\"title\">The Lantern-Keeper’s Daughter</dc:title>")
                      || opf.contains("<dc:title id=\"title\">The Lantern-Keeper's Daughter</dc:title>"), opf)
        XCTAssertTrue(opf.contains("properties=\"cover-image\""))
        XCTAssertTrue(opf.contains("media-type=\"image/jpeg\" properties=\"cover-image\""), "the author's cover, not a generated one")
        XCTAssertFalse(book.paths.contains { $0.hasSuffix(".svg") })
        XCTAssertTrue(opf.contains("<meta name=\"cover\""))
        XCTAssertTrue(opf.contains("media-type=\"image/png\""), "the map")
        XCTAssertTrue(opf.contains("<meta refines=\"#uid\" property=\"identifier-type\" scheme=\"onix:codelist5\">15</meta>"))
        XCTAssertTrue(opf.contains("<meta property=\"belongs-to-collection\" id=\"series\">Tales of the Northern Coast</meta>"))

        // Footnotes that pop up: a noteref link without <sup> inside, an aside with a back link.
        let chapters = book.paths.filter { $0.hasPrefix("EPUB/text/ch") }.map { book.text(String($0.dropFirst(5))) }
        let noted = try XCTUnwrap(chapters.first { $0.contains("epub:type=\"noteref\"") })
        XCTAssertTrue(noted.contains("role=\"doc-noteref\""))
        XCTAssertTrue(noted.contains("<aside epub:type=\"footnote\""))
        XCTAssertFalse(noted.contains("<a epub:type=\"noteref\" role=\"doc-noteref\"><sup>"))
        // The plain-text chapter is in, between the Markdown ones.
        XCTAssertTrue(chapters.contains { $0.contains("A Letter") })
        // Nested table of contents from level-2 headings (toc-depth: 2).
        XCTAssertTrue(book.text("nav.xhtml").contains("<ol>\n") )
        XCTAssertTrue(book.paths.contains { $0.hasSuffix("sample.css") }, "the author's stylesheet")
    }

    func testSampleBookIsCleanAsEPUB2() throws {
        let book = try buildClean(sampleBook.path, .epub2)
        let opf = book.text("package.opf")
        XCTAssertTrue(opf.contains("version=\"2.0\""))
        XCTAssertFalse(book.paths.contains("EPUB/nav.xhtml"))
        XCTAssertTrue(opf.contains("<meta name=\"cover\""))
        XCTAssertTrue(opf.contains("opf:file-as=\"Marsh, Elin\""))
        let chapters = book.paths.filter { $0.hasPrefix("EPUB/text/ch") }.map { book.text(String($0.dropFirst(5))) }
        XCTAssertTrue(chapters.allSatisfy { $0.contains("XHTML 1.1") })
        XCTAssertFalse(chapters.contains { $0.contains("epub:type") }, "EPUB 2 has no epub: attributes")
    }

    func testSampleBookWithoutItsCoverGetsAGeneratedOne() throws {
        let folder = try copy(sampleBook)
        let yaml = folder.appendingPathComponent("book.yaml")
        let text = try String(contentsOf: yaml, encoding: .utf8)
        let withoutCover = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("cover-image:") }.joined(separator: "\n")
        XCTAssertNotEqual(withoutCover, text)
        try withoutCover.write(to: yaml, atomically: true, encoding: .utf8)

        for version in EPUBVersion.allCases {
            let book = try buildClean(folder.path, version)
            let opf = book.text("package.opf")
            XCTAssertTrue(opf.contains("<meta name=\"cover\" content=\"cover-image\"/>"), "\(version)")
            let svg = book.text("images/cover.svg")
            XCTAssertTrue(svg.contains("Lantern-Keeper’s"), svg)
            XCTAssertTrue(svg.contains("ELIN MARSH"))
            XCTAssertTrue(svg.contains("TALES OF THE NORTHERN COAST · 1"))
            XCTAssertFalse(book.paths.contains("EPUB/images/cover.jpg"))
        }
        let off = try buildClean(folder.path, generateCover: false)
        XCTAssertFalse(off.paths.contains { $0.hasSuffix(".svg") || $0.hasSuffix("cover.xhtml") })
    }

    // MARK: - pandoc metadata, unchanged

    /// A novella in one Markdown file whose front matter is a pandoc EPUB metadata block.
    func testPandocFrontMatterWorksUnchanged() throws {
        let input = fixtures.appendingPathComponent("pandoc-front-matter/the-salt-road.md").path
        // Each version built once (each was built twice): the assertions below read these.
        var built: [EPUBVersion: Publication] = [:]
        for version in EPUBVersion.allCases { built[version] = try buildClean(input, version) }
        let opf = try XCTUnwrap(built[.epub3]).text("package.opf")
        for expected in [
            "<dc:identifier id=\"uid\">urn:isbn:9780306406157</dc:identifier>",
            "<meta refines=\"#uid\" property=\"identifier-type\" scheme=\"onix:codelist5\">15</meta>",
            "<dc:title id=\"title\">The Salt Road</dc:title>",
            "<dc:title id=\"subtitle\">A Novella in Four Stages</dc:title>",
            "<dc:language>en-US</dc:language>",
            "<meta refines=\"#creator1\" property=\"file-as\">Carvalho, Ines</meta>",
            "<meta refines=\"#creator2\" property=\"file-as\">Okafor, Paul</meta>",
            "<dc:contributor id=\"contributor1\">Mira Chen</dc:contributor>",
            "<meta refines=\"#contributor1\" property=\"role\" scheme=\"marc:relators\">edt</meta>",
            "<meta refines=\"#contributor2\" property=\"role\" scheme=\"marc:relators\">trl</meta>",
            "<dc:date>2023-09-14</dc:date>",
            "<dc:publisher>Meridian Press</dc:publisher>",
            "<dc:rights>© 2023 Ines Carvalho and Paul Okafor. All rights reserved.</dc:rights>",
            "<dc:subject>Historical fiction</dc:subject>",
            "<meta property=\"belongs-to-collection\" id=\"series\">Meridian Novellas</meta>",
            "<meta refines=\"#series\" property=\"group-position\">3</meta>",
            "<meta property=\"ibooks:version\">1.0.0</meta>",
            "<spine toc=\"ncx\" page-progression-direction=\"ltr\">",
        ] {
            XCTAssertTrue(opf.contains(expected), "missing \(expected)\n\(opf)")
        }
        XCTAssertTrue(opf.contains("<dc:description>Four travellers, one mule and a cargo of salt cross the Alentejo"))
        let epub2 = try XCTUnwrap(built[.epub2]).text("package.opf")
        XCTAssertTrue(epub2.contains("<dc:creator opf:role=\"aut\" opf:file-as=\"Okafor, Paul\">Paul Okafor</dc:creator>"))
        XCTAssertTrue(epub2.contains("<meta name=\"calibre:series\" content=\"Meridian Novellas\"/>"))
    }

    /// A manuscript with its metadata in NAME.yaml beside it: a pandoc `--metadata-file`,
    /// `---`/`...` markers, plain `author:` list and pandoc keys that mean nothing in an EPUB.
    func testPandocMetadataFileWorksUnchanged() throws {
        let input = fixtures.appendingPathComponent("pandoc-metadata-file/winter-garden.md").path
        let book = try buildClean(input)
        let opf = book.text("package.opf")
        XCTAssertTrue(opf.contains("<dc:title id=\"subtitle\">Notes from a Year of Planting</dc:title>"))
        XCTAssertTrue(opf.contains("<dc:creator id=\"creator2\">Omar Haddad</dc:creator>"))
        XCTAssertTrue(opf.contains("scheme=\"onix:codelist5\">02</meta>"), "an ISBN-10")
        XCTAssertTrue(opf.contains("<dc:date>2021-11</dc:date>"))
        XCTAssertTrue(book.text("images/cover.svg").contains("HANNAH LINDQVIST"))
        try buildClean(input, .epub2)
    }

    // MARK: - A Markdown book as authors write them

    /// Essays in five Markdown files: nested headings, quotations, nested lists, a table with
    /// alignments, fenced code, footnotes with two paragraphs, an image, raw HTML, links
    /// between chapters, front and back matter from book.yaml.
    func testEssayCollectionIsClean() throws {
        let input = fixtures.appendingPathComponent("essays").path
        let book = try buildClean(input)
        try buildClean(input, .epub2)
        let text = book.paths.filter { $0.hasPrefix("EPUB/text/ch") }.map { book.text(String($0.dropFirst(5))) }
        let all = text.joined()
        XCTAssertTrue(all.contains("<td class=\"align-right\">2.5 km</td>"))
        XCTAssertTrue(all.contains("<pre><code class=\"language-python\">def next_number(box):"))
        XCTAssertTrue(all.contains("<ol start=\"3\">"))
        XCTAssertTrue(all.contains("<del>Treasure maps</del>"))
        // pandoc's `![caption](img)` makes the alt text the caption: read once, from the caption.
        XCTAssertTrue(all.contains("<img src=\"../images/bridges.png\" alt=\"\"/>\n        <figcaption>The old bridges of Novi Sad"), all)
        XCTAssertTrue(all.contains("<div class=\"signature\">"))
        // Links between chapters, by pandoc's identifiers of their titles.
        XCTAssertTrue(all.contains("The first essay, <a href=\"ch004.xhtml\">On Maps</a>"), all)
        XCTAssertTrue(all.contains("See <a href=\"ch005.xhtml\">The Index Card</a>"))
        // A footnote of two paragraphs keeps both.
        XCTAssertTrue(all.contains("Soviet tourists, who did not, sometimes were."))
        let nav = book.text("nav.xhtml")
        XCTAssertTrue(nav.contains("<a href=\"text/ch004.xhtml#scale\">Scale</a>"), "level-3 headings with toc-depth: 3")
        XCTAssertTrue(nav.contains(">Dedication</a>") && nav.contains(">About the Author</a>"))
        XCTAssertTrue(book.text("images/cover.svg").contains("TEODORA VASIĆ"))
    }

    // MARK: - Other scripts

    func testArabicBookRunsRightToLeftWithItsOwnCover() throws {
        let input = fixtures.appendingPathComponent("arabic/al-manara.md").path
        let book = try buildClean(input)
        try buildClean(input, .epub2)
        XCTAssertTrue(book.text("package.opf").contains("<spine toc=\"ncx\" page-progression-direction=\"rtl\">"))
        XCTAssertTrue(book.text("text/cover.xhtml").contains("dir=\"rtl\""))
        let svg = book.text("images/cover.svg")
        XCTAssertTrue(svg.contains("xml:lang=\"ar\""))
        XCTAssertTrue(svg.contains("direction=\"rtl\" unicode-bidi=\"embed\"><tspan x=\"800\""))
        XCTAssertTrue(svg.contains(">المنارة</tspan>"))
        XCTAssertTrue(svg.contains(">ليلى حداد</tspan>"))
    }

    func testJapaneseBookGetsACoverInItsLanguage() throws {
        let input = fixtures.appendingPathComponent("japanese/neko.md").path
        let book = try buildClean(input)
        try buildClean(input, .epub2)
        let svg = book.text("images/cover.svg")
        XCTAssertTrue(svg.contains("xml:lang=\"ja\""))
        XCTAssertTrue(svg.contains(">灯台守の娘</tspan>"))
        XCTAssertTrue(svg.contains(">佐藤 花子</tspan>"))
    }
}

extension Publication {
    /// The file at `path` under `EPUB/` as text; empty (and a failure) when it is missing.
    func text(_ path: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        guard let data = self["EPUB/" + path] else {
            XCTFail("no EPUB/\(path) in \(paths)", file: file, line: line)
            return ""
        }
        return String(decoding: data, as: UTF8.self)
    }
}
