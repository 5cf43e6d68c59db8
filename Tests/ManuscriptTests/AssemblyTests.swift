import BookModel
import Diagnostics
import Foundation
@testable import Manuscript
import TestSupport
import XCTest

/// A scratch folder per test, removed afterwards.
final class ScratchFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-assembly-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file.path
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// Tiny images written by the tests: real headers, so the sniffer has something true to read.
enum TinyImages {
    /// A 1×1 PNG.
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
                           0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
                           0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0,
                           0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x56, 0xC5, 0x1F, 0x3E, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
                           0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])
    /// The start of a JPEG (SOI + APP0/JFIF); enough for sniffing.
    /// JFIF, then a start-of-frame (1×1, one component): a header that gives the image's size,
    /// which a readable JPEG needs (PKG-021; `ImageIntegrity` refuses one without).
    static let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
                            0x00, 0x01, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11,
                            0x00, 0xFF, 0xD9])
    static let svg = Data("<?xml version=\"1.0\"?>\n<!-- drawn by hand -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\"/>\n".utf8)
}

final class AssemblyTests: XCTestCase {
    func testPlainTextWithSidecarYAML() throws {
        let dir = try ScratchFolder()
        let txt = try dir.write("the_time-machine.txt", "Chapter 1\n\nThe Time Traveller was expounding a recondite matter to us.\n\nChapter 2\n\nI think that at that time none of us quite believed in the Time Machine.\n")
        try dir.write("the_time-machine.yaml", "title: The Time Machine\nauthor: H. G. Wells\nlanguage: en-GB\nidentifier: 978-0-306-40615-7\n")
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: txt, options: ReaderOptions(), sink: &sink))
        XCTAssertFalse(sink.hasErrors, "\(sink.diagnostics)")
        XCTAssertEqual(book.metadata.title, "The Time Machine")
        XCTAssertEqual(book.metadata.creators, [Contributor(name: "H. G. Wells", role: "aut")])
        XCTAssertEqual(book.metadata.language, "en-GB")
        XCTAssertEqual(book.metadata.identifier?.value, "urn:isbn:9780306406157")
        XCTAssertEqual(book.chapters.count, 2)
    }

    func testCommandLineOverridesSidecar() throws {
        let dir = try ScratchFolder()
        let txt = try dir.write("story.txt", "It was a dark and stormy night.\n")
        try dir.write("story.yaml", "title: From YAML\nlanguage: fr\n")
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: txt, overrides: MetadataFields(title: "From Options"),
                                                   options: ReaderOptions(), sink: &sink))
        XCTAssertEqual(book.metadata.title, "From Options")
        XCTAssertEqual(book.metadata.language, "fr")
    }

    func testTitleFallbacks() throws {
        let dir = try ScratchFolder()
        let txt = try dir.write("the_time-machine.txt", "The Time Traveller (for so it will be convenient to speak of him) was expounding a recondite matter to us. His grey eyes shone and twinkled.\n")
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: txt, options: ReaderOptions(), sink: &sink))
        XCTAssertEqual(book.metadata.title, "The Time Machine", "no metadata, no title line: the file name made readable")
        XCTAssertEqual(book.metadata.language, "en")

        let detected = Manuscript(path: "x/whatever.txt", detectedTitle: "Ashes And Allies",
                                  chapters: [Chapter(title: nil, blocks: [.paragraph([.text("Text.")])])])
        let fromText = BookAssembler.assemble(manuscripts: [detected], metadata: [], configuration: nil,
                                              baseDirectory: dir.url, sink: &sink)
        XCTAssertEqual(fromText?.metadata.title, "Ashes And Allies")
        let fromMetadata = BookAssembler.assemble(manuscripts: [detected], metadata: [MetadataFields(title: "Given")],
                                                  configuration: nil, baseDirectory: dir.url, sink: &sink)
        XCTAssertEqual(fromMetadata?.metadata.title, "Given")
    }

    func testReadableTitles() {
        XCTAssertEqual(ReadableTitle.fromFileName("the_time-machine.txt"), "The Time Machine")
        XCTAssertEqual(ReadableTitle.fromFileName("/a/b/01-war_and_peace.md"), "War and Peace")
        XCTAssertEqual(ReadableTitle.fromFileName("KJV.txt"), "KJV")
        XCTAssertEqual(ReadableTitle.fromFileName("000_c0105168af5a87ef.txt"), "000 C0105168af5a87ef")
        XCTAssertEqual(ReadableTitle.fromFileName("draft_3f9a2b7c1d_the-road.txt"), "Draft the Road")
    }

    func testRightToLeftFromLanguage() throws {
        let dir = try ScratchFolder()
        let md = try dir.write("qissa.md", "---\nlang: ar\ntitle: قصة\n---\n\n# الفصل الأول\n\nكان يا ما كان.\n")
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: md, options: SourceOptions(), sink: &sink))
        XCTAssertEqual(book.metadata.language, "ar")
        XCTAssertEqual(book.metadata.direction, .rtl)
        XCTAssertEqual(book.metadata.pageProgression, .rtl)
        XCTAssertEqual(book.metadata.title, "قصة")
    }

    /// No language given: the text's script tells it, so an Arabic manuscript is an Arabic
    /// book, right to left (it was declared English, left to right); Latin script keeps `en`.
    func testLanguageFromTheScriptWhenNoneIsGiven() throws {
        let fixtures = testDirectory().appendingPathComponent("Fixtures/plaintext")
        var sink = DiagnosticSink()
        let rtl = try XCTUnwrap(SourceLoader.load(path: fixtures.appendingPathComponent("headings-languages-rtl.txt").path,
                                                  options: SourceOptions(), sink: &sink))
        XCTAssertEqual(rtl.metadata.language, "ar")
        XCTAssertEqual(rtl.metadata.direction, .rtl)
        XCTAssertEqual(rtl.metadata.pageProgression, .rtl)
        let cjk = try XCTUnwrap(SourceLoader.load(path: fixtures.appendingPathComponent("headings-languages-cjk.txt").path,
                                                  options: SourceOptions(), sink: &sink))
        XCTAssertEqual(cjk.metadata.language, "ja", "kana among the kanji")
        XCTAssertNil(cjk.metadata.direction)
        let latin = try XCTUnwrap(SourceLoader.load(path: fixtures.appendingPathComponent("headings-languages-europe.txt").path,
                                                    options: SourceOptions(), sink: &sink))
        XCTAssertEqual(latin.metadata.language, "en")
        let chapter = { (text: String) in [Chapter(title: nil, blocks: [.paragraph([.text(text)])])] }
        XCTAssertEqual(ScriptLanguage.guess(chapter("从前有座山。山里有座庙。")), "zh")
        XCTAssertEqual(ScriptLanguage.guess(chapter("Все счастливые семьи похожи друг на друга")), "ru")
        XCTAssertEqual(ScriptLanguage.guess(chapter("Усі щасливі родини схожі між собою, їх")), "uk")
        XCTAssertEqual(ScriptLanguage.guess(chapter("یک روز گرم تابستان بود")), "fa")
        XCTAssertNil(ScriptLanguage.guess(chapter("Ein Tag wie jeder andere, mit ein paar Wörtern: Москва")))
    }

    /// "The Time Machine" / "An Invention" / "by H. G. Wells": the line between title and
    /// author is the book's subtitle (it was left out with the printed title page); a subtitle
    /// given in metadata wins, and a title given there takes no subtitle from the text.
    func testSubtitleBetweenTitleAndAuthorLines() throws {
        let path = testDirectory().appendingPathComponent("Fixtures/plaintext/opening-subtitle-time-machine.txt").path
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: path, options: SourceOptions(), sink: &sink))
        XCTAssertEqual(book.metadata.title, "The Time Machine")
        XCTAssertEqual(book.metadata.subtitle, "An Invention")
        XCTAssertEqual(book.metadata.creators.map(\.name), ["H. G. Wells"])
        XCTAssertFalse(sink.diagnostics.contains { $0.id == "IMP-SRC-008" }, "nothing of the opening is left out")
        var manuscript = try XCTUnwrap(PlainTextFixture.read("opening-subtitle-time-machine.txt").0 as Manuscript?)
        XCTAssertEqual(manuscript.detectedSubtitle, "An Invention")
        manuscript.path = path
        let retitled = BookAssembler.assemble(manuscripts: [manuscript], metadata: [MetadataFields(title: "Given")],
                                              configuration: nil, baseDirectory: URL(fileURLWithPath: "/tmp"), sink: &sink)
        XCTAssertNil(retitled?.metadata.subtitle)
    }

    func testImagesAreSniffedRenamedAndShared() throws {
        let dir = try ScratchFolder()
        try dir.write("art/map.jpg", TinyImages.png)          // a PNG with a .jpg name
        try dir.write("art/photo.jpeg", TinyImages.jpeg)
        try dir.write("other/map.png", TinyImages.png)
        try dir.write("art/drawing.svg", TinyImages.svg)
        let md = try dir.write("book.md", """
        # One

        ![The valley](art/map.jpg)

        A photo ![Harbour at dawn](art/photo.jpeg) inline, and the map again ![The valley](art/map.jpg).

        # Two

        ![Another map](other/map.png)

        ![A drawing](art/drawing.svg)
        """)
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: md, options: SourceOptions(), sink: &sink))
        XCTAssertFalse(sink.hasErrors, "\(sink.diagnostics)")
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-RES-006"], "the .jpg that is a PNG is noted")
        XCTAssertEqual(book.resources.map(\.path).sorted(),
                       ["images/drawing.svg", "images/map-2.png", "images/map.png", "images/photo.jpg"])
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: book.resources.map { ($0.path, $0.mediaType) }),
                       ["images/map.png": "image/png", "images/map-2.png": "image/png",
                        "images/photo.jpg": "image/jpeg", "images/drawing.svg": "image/svg+xml"])
        guard case .figure(let source, let alt, let caption) = book.chapters[0].blocks[0] else {
            return XCTFail("\(book.chapters[0].blocks)")
        }
        XCTAssertEqual(source, "images/map.png")
        XCTAssertEqual(alt, "The valley")
        XCTAssertEqual(caption, [.text("The valley")])
        guard case .figure(let other, _, _) = book.chapters[1].blocks[0] else { return XCTFail() }
        XCTAssertEqual(other, "images/map-2.png")
    }

    func testMissingImageIsAnErrorAtItsLine() throws {
        let dir = try ScratchFolder()
        let md = try dir.write("book.md", "# One\n\nSome text.\n\n![Lost](images/nowhere.png)\n")
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: md, options: SourceOptions(), sink: &sink))
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-RES-003"])
        XCTAssertEqual(sink.diagnostics.first?.location, SourceLocation(file: md, line: 5))
        XCTAssertEqual(book.chapters[0].blocks.count, 1, "the figure is left out")
    }

    func testNotAnImageAndNotARegularFile() throws {
        let dir = try ScratchFolder()
        try dir.write("images/notes.png", "this is text, not a picture")
        try FileManager.default.createDirectory(at: dir.url.appendingPathComponent("images/folder.png"),
                                                withIntermediateDirectories: true)
        let md = try dir.write("book.md", "![Text](images/notes.png)\n\n![Folder](images/folder.png)\n")
        var sink = DiagnosticSink()
        _ = SourceLoader.load(path: md, options: SourceOptions(), sink: &sink)
        XCTAssertEqual(sink.diagnostics.map(\.id).sorted(), ["IMP-RES-004", "IMP-RES-005"])
    }

    /// A book reads inside its root only: a link out of the folder and a path that names a file
    /// outside it are both refused until --allow-outside names that file or folder.
    func testSymlinkAndParentPathOutOfTheFolderNeedAllowOutside() throws {
        let outside = try ScratchFolder()
        try outside.write("secret.png", TinyImages.png)
        let dir = try ScratchFolder()
        try FileManager.default.createSymbolicLink(atPath: dir.path("innocent.png"), withDestinationPath: outside.path("secret.png"))
        let relative = "../" + outside.url.lastPathComponent + "/secret.png"
        let md = try dir.write("book.md", "![Via link](innocent.png)\n\n![Named](\(relative))\n")
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: md, options: SourceOptions(), sink: &sink))
        XCTAssertEqual(Set(sink.diagnostics.map { "\($0.id) line \($0.location?.line ?? 0)" }),
                       ["IMP-RES-007 line 1", "IMP-RES-009 line 3"])
        XCTAssertTrue(sink.diagnostics.allSatisfy { $0.suggestion?.contains("--allow-outside") == true })
        XCTAssertEqual(book.resources, [])

        var options = SourceOptions()
        options.allowOutside = [outside.url.path]
        var allowed = DiagnosticSink()
        let admitted = try XCTUnwrap(SourceLoader.load(path: md, options: options, sink: &allowed))
        XCTAssertEqual(allowed.diagnostics.map(\.id), [])
        XCTAssertEqual(admitted.resources.map(\.path), ["images/secret.png"])
    }

    func testRemoteImages() throws {
        let dir = try ScratchFolder()
        let md = try dir.write("book.md", "![A cat](https://example.com/cat.png)\n")
        var sink = DiagnosticSink()
        let refused = SourceLoader.load(path: md, options: SourceOptions(), sink: &sink)
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-RES-002"])
        XCTAssertNil(refused, "nothing is left to make a book of")
        var allowedSink = DiagnosticSink()
        let allowed = try XCTUnwrap(SourceLoader.load(path: md, options: SourceOptions(allowRemote: true), sink: &allowedSink))
        XCTAssertTrue(allowedSink.diagnostics.isEmpty)
        XCTAssertEqual(allowed.chapters.first?.blocks.first,
                       .figure(source: "https://example.com/cat.png", alt: "A cat", caption: [.text("A cat")]))
    }

    func testSniffer() {
        XCTAssertEqual(MediaTypeSniffer.sniff(TinyImages.png, for: .image), "image/png")
        XCTAssertEqual(MediaTypeSniffer.sniff(TinyImages.jpeg, for: .image), "image/jpeg")
        XCTAssertEqual(MediaTypeSniffer.sniff(Data("GIF89a....".utf8), for: .image), "image/gif")
        XCTAssertEqual(MediaTypeSniffer.sniff(Data("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8), for: .image), "image/webp")
        XCTAssertEqual(MediaTypeSniffer.sniff(TinyImages.svg, for: .image), "image/svg+xml")
        XCTAssertNil(MediaTypeSniffer.sniff(Data("<html><body/></html>".utf8), for: .image))
        XCTAssertEqual(MediaTypeSniffer.sniff(Data([0, 1, 0, 0, 0, 0x10]), for: .font), "font/ttf")
        XCTAssertEqual(MediaTypeSniffer.sniff(Data("OTTO....".utf8), for: .font), "font/otf")
        XCTAssertEqual(MediaTypeSniffer.sniff(Data("wOF2....".utf8), for: .font), "font/woff2")
        XCTAssertNil(MediaTypeSniffer.sniff(TinyImages.png, for: .font))
    }

    func testNoteIDsStayUniqueAcrossManuscripts() throws {
        let dir = try ScratchFolder()
        try dir.write("one.md", "# One\n\nA claim.[^1]\n\n[^1]: First source.\n")
        try dir.write("two.md", "# Two\n\nAnother claim.[^1]\n\n[^1]: Second source.\n")
        try dir.write("book.yaml", "title: Notes\nchapters: [one.md, two.md]\nendnotes: true\n")
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: dir.url.path, options: SourceOptions(), sink: &sink))
        XCTAssertEqual(book.chapters.flatMap(\.notes).map(\.id), ["1", "1-2"])
        XCTAssertEqual(book.chapters[1].blocks, [.paragraph([.text("Another claim."), .noteReference(id: "1-2")])])
        XCTAssertTrue(book.endnotesDocument)
    }

    func testEmbeddedDataImages() throws {
        let dir = try ScratchFolder()
        let b64 = TinyImages.png.base64EncodedString()
        let md = try dir.write("book.md", "![A dot](data:image/png;base64,\(b64))\n\n![Broken](data:image/png;base64,!!!!)\n")
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: md, options: SourceOptions(), sink: &sink))
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-RES-005"])
        XCTAssertEqual(sink.diagnostics.first?.location?.line, 3)
        XCTAssertEqual(book.resources.map { "\($0.path) \($0.mediaType)" }, ["images/image.png image/png"])
        XCTAssertEqual(book.chapters[0].blocks.first, .figure(source: "images/image.png", alt: "A dot", caption: [.text("A dot")]))
    }
}
