import BookModel
import Diagnostics
import Foundation
@testable import Manuscript
import TestSupport
import XCTest

/// book.yaml projects, front matter in a single Markdown file, stylesheets and fonts.
final class AssemblyProjectTests: XCTestCase {
    func testKindOfPath() throws {
        let dir = try ScratchFolder()
        try dir.write("a/book.yaml", "title: A\n")
        try dir.write("b/one.txt", "One.\n")
        try dir.write("b/two.md", "Two.\n")
        try dir.write("b/README.md", "Not a manuscript.\n")
        try FileManager.default.createDirectory(at: dir.url.appendingPathComponent("c"), withIntermediateDirectories: true)
        XCTAssertEqual(SourceLoader.kind(of: dir.path("a")), .project)
        XCTAssertEqual(SourceLoader.kind(of: dir.path("a/book.yaml")), .project)
        XCTAssertEqual(SourceLoader.kind(of: dir.path("b")), .folder([dir.path("b/one.txt"), dir.path("b/two.md")]))
        XCTAssertEqual(SourceLoader.kind(of: dir.path("b/one.txt")), .manuscript)
        XCTAssertEqual(SourceLoader.kind(of: dir.path("c")), .unusable)
        XCTAssertEqual(SourceLoader.kind(of: dir.path("missing.txt")), .unusable)

        var sink = DiagnosticSink()
        XCTAssertNil(SourceLoader.load(path: dir.path("c"), options: SourceOptions(), sink: &sink))
        XCTAssertNil(SourceLoader.load(path: dir.path("missing.txt"), options: SourceOptions(), sink: &sink))
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-SRC-007", "IMP-SRC-001"])
    }

    func testMissingChapterFileIsReportedAtItsLine() throws {
        let dir = try ScratchFolder()
        try dir.write("one.md", "# One\n\nText.\n")
        try dir.write("book.yaml", "title: Gaps\nchapters:\n  - one.md\n  - two.md\n")
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: dir.url.path, options: SourceOptions(), sink: &sink))
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-SRC-001"])
        XCTAssertEqual(sink.diagnostics.first?.location?.line, 4)
        XCTAssertTrue(sink.diagnostics.first?.location?.file.hasSuffix("book.yaml") ?? false)
        XCTAssertEqual(book.chapters.map { $0.title?.plainText }, ["One"])
    }

    func testWithoutChapterListEveryManuscriptInNameOrder() throws {
        let dir = try ScratchFolder()
        try dir.write("ch10.md", "# Ten\n\nX.\n")
        try dir.write("ch2.md", "# Two\n\nX.\n")
        try dir.write("ch1.txt", "Chapter One\n\nThe first.\n")
        try dir.write("thanks.md", "Thank you all.\n")
        try dir.write("book.yaml", "title: Ordered\nacknowledgements: thanks.md\n")
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: dir.url.path, options: SourceOptions(), sink: &sink))
        XCTAssertFalse(sink.hasErrors, "\(sink.diagnostics)")
        XCTAssertEqual(book.chapters.map { $0.title?.plainText }, ["Chapter One", "Two", "Ten", "Acknowledgements"])
        XCTAssertEqual(book.chapters.last?.blocks, [.paragraph([.text("Thank you all.")])])
    }

    func testEmptyProjectIsAnError() throws {
        let dir = try ScratchFolder()
        try dir.write("book.yaml", "title: Nothing Yet\n")
        var sink = DiagnosticSink()
        XCTAssertNil(SourceLoader.load(path: dir.url.path, options: SourceOptions(), sink: &sink))
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-META-008"])
    }

    func testPandocMetadataBlockWorksUnchanged() throws {
        let dir = try ScratchFolder()
        try dir.write("cover.png", TinyImages.png)
        try dir.write("extra.css", "p { hyphens: auto; }\n")
        let md = try dir.write("novel.md", """
        ---
        title: My Book
        subtitle: An investigation of metadata
        author:
        - John Smith
        - Sarah Jones
        lang: en-US
        date: 2007-01-01
        rights: © 2007 John Smith, CC BY-NC
        cover-image: cover.png
        css: extra.css
        ibooks:
          version: 1.3.4
        toc: true
        toc-depth: 1
        ...

        # Chapter One

        It begins.[^1]

        [^1]: A note.
        """)
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: md, options: SourceOptions(), sink: &sink))
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-META-005"], "only the note that `toc` is ignored")
        XCTAssertEqual(sink.diagnostics.first?.location?.line, 14)
        XCTAssertEqual(book.metadata.title, "My Book")
        XCTAssertEqual(book.metadata.subtitle, "An investigation of metadata")
        XCTAssertEqual(book.metadata.creators.map(\.name), ["John Smith", "Sarah Jones"])
        XCTAssertEqual(book.metadata.language, "en-US")
        XCTAssertEqual(book.metadata.extraProperties, ["ibooks:version": "1.3.4"])
        XCTAssertEqual(book.coverImage, "images/cover.png")
        XCTAssertEqual(book.stylesheets, ["styles/extra.css"])
        XCTAssertEqual(book.tocDepth, 1)
        XCTAssertEqual(book.chapters.map(\.kind), [.copyright, .chapter], "rights make a copyright page")
        XCTAssertEqual(book.chapters[1].notes.map(\.id), ["1"])
    }

    func testSidecarAndSharedBookYAMLLayer() throws {
        let dir = try ScratchFolder()
        try dir.write("book.yaml", "author: Shared Author\npublisher: Shared Press\nlanguage: de\n")
        try dir.write("tale.yaml", "title: Sidecar Title\nlanguage: en\n")
        let md = try dir.write("tale.md", "---\nlanguage: fr\n---\n\nText.\n")
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: md, overrides: MetadataFields(publisher: "CLI Press"),
                                                   options: SourceOptions(), sink: &sink))
        XCTAssertTrue(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
        XCTAssertEqual(book.metadata.title, "Sidecar Title")
        XCTAssertEqual(book.metadata.creators.map(\.name), ["Shared Author"])
        XCTAssertEqual(book.metadata.language, "fr", "front matter over NAME.yaml over book.yaml")
        XCTAssertEqual(book.metadata.publisher, "CLI Press", "the command line over everything")
    }

    func testStylesheetBringsItsFontsAndImages() throws {
        let dir = try ScratchFolder()
        try dir.write("fonts/Body-Regular.otf", Data("OTTO".utf8) + Data(count: 60))
        try dir.write("fonts/Body-Italic.woff2", Data("wOF2".utf8) + Data(count: 60))
        try dir.write("art/rule.png", TinyImages.png)
        try dir.write("css/base.css", "h1 { color: #333; }\n")
        try dir.write("css/book.css", """
        @import "base.css";
        @font-face { font-family: Body; src: url("../fonts/Body-Regular.otf"); }
        @font-face { font-family: Body; font-style: italic; src: url(../fonts/Body-Italic.woff2) format("woff2"); }
        hr { background: url('../art/rule.png') no-repeat; }
        a { background: url(data:image/png;base64,AAAA); }
        """)
        try dir.write("book.md", "# One\n\nText.\n")
        try dir.write("book.yaml", "title: Styled\nchapters: [book.md]\ncss: css/book.css\n")
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: dir.url.path, options: SourceOptions(), sink: &sink))
        XCTAssertTrue(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
        XCTAssertEqual(book.stylesheets, ["styles/book.css"])
        XCTAssertEqual(Set(book.resources.map { "\($0.path) \($0.mediaType)" }), [
            "styles/base.css text/css", "styles/book.css text/css", "fonts/Body-Regular.otf font/otf",
            "fonts/Body-Italic.woff2 font/woff2", "images/rule.png image/png",
        ])
        let css = String(decoding: try XCTUnwrap(book.resources.first { $0.path == "styles/book.css" }).data, as: UTF8.self)
        XCTAssertTrue(css.contains("@import url(\"base.css\")"), css)
        XCTAssertTrue(css.contains("url(\"../fonts/Body-Regular.otf\")"), css)
        XCTAssertTrue(css.contains("url(\"../fonts/Body-Italic.woff2\") format(\"woff2\")"), css)
        XCTAssertTrue(css.contains("url(\"../images/rule.png\")"), css)
        XCTAssertTrue(css.contains("url(\"data:image/png;base64,AAAA\")"), css)
    }

    func testFontsKeyFindsFontsForPandocStyleCSS() throws {
        let dir = try ScratchFolder()
        try dir.write("Serif.ttf", Data([0, 1, 0, 0]) + Data(count: 60))
        try dir.write("style.css", "@font-face { font-family: S; src: url(../fonts/Serif.ttf); }\n")
        try dir.write("one.md", "Text.\n")
        try dir.write("book.yaml", "title: Fonts\nchapters: [one.md]\ncss: style.css\nfonts: [Serif.ttf]\n")
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: dir.url.path, options: SourceOptions(), sink: &sink))
        XCTAssertTrue(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
        XCTAssertTrue(book.resources.contains { $0.path == "fonts/Serif.ttf" && $0.mediaType == "font/ttf" })
        let css = String(decoding: try XCTUnwrap(book.resources.first { $0.path == "styles/style.css" }).data, as: UTF8.self)
        XCTAssertTrue(css.contains("url(\"../fonts/Serif.ttf\")"), css)
    }

    func testMatterFromFilesAndInlineText() throws {
        let dir = try ScratchFolder()
        try dir.write("one.md", "# One\n\nText.\n")
        try dir.write("about.txt", "Ada Lind lives by the sea.\n")
        try dir.write("book.yaml", """
        title: Matter
        chapters: [one.md]
        dedication: "For *Mira*, who asked."
        epigraph:
          title: Before
          text: "> Quoted words."
        about-the-author: about.txt
        copyright-page: false
        rights: All rights reserved.
        """)
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: dir.url.path, options: SourceOptions(), sink: &sink))
        XCTAssertTrue(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
        XCTAssertEqual(book.chapters.map(\.kind), [.dedication, .epigraph, .chapter, .aboutAuthor])
        XCTAssertEqual(book.chapters[0].blocks, [.paragraph([.text("For "), .emphasis([.text("Mira")]), .text(", who asked.")])])
        XCTAssertEqual(book.chapters[1].title, [.text("Before")])
        XCTAssertEqual(book.chapters[1].blocks, [.blockquote([.paragraph([.text("Quoted words.")])])])
        XCTAssertEqual(book.chapters[3].title, [.text("About the Author")])
    }

    func testMissingMatterFileIsAnError() throws {
        let dir = try ScratchFolder()
        try dir.write("one.md", "Text.\n")
        try dir.write("book.yaml", "title: T\nchapters: [one.md]\nabout-the-author: nowhere.md\n")
        var sink = DiagnosticSink()
        _ = SourceLoader.load(path: dir.url.path, options: SourceOptions(), sink: &sink)
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-SRC-001"])
        XCTAssertEqual(sink.diagnostics.first?.location?.line, 3)
    }

    func testChapterFrontMatterTitleTitlesTheChapter() throws {
        let dir = try ScratchFolder()
        try dir.write("one.md", "---\ntitle: The First\n---\n\nText.\n")
        try dir.write("two.md", "---\ntitle: Ignored Here\npublisher: From Chapter Two\n---\n\n# The Second\n\nMore.\n")
        try dir.write("book.yaml", "title: The Book\nchapters: [one.md, two.md]\n")
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: dir.url.path, options: SourceOptions(), sink: &sink))
        XCTAssertTrue(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
        XCTAssertEqual(book.metadata.title, "The Book")
        XCTAssertEqual(book.metadata.publisher, "From Chapter Two")
        XCTAssertEqual(book.chapters.filter { $0.kind == .chapter }.map { $0.title?.plainText }, ["The First", "The Second"])
    }

    /// Links between the book's own files — `guide/installing.md`, `first-steps.md#the-first-tide`,
    /// `../index.md`, Sphinx's extensionless `first-steps` — reach the chapters those files
    /// became; only a link to a file outside the book is dropped with a warning. All of them
    /// used to be dropped with "points at a file that is not part of the book".
    func testLinksBetweenChapterFilesReachTheirChapters() throws {
        let folder = testDirectory().appendingPathComponent("Fixtures/books/links")
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: folder.path, options: SourceOptions(), sink: &sink))
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-MD-005", "IMP-MD-005"], "each link at its own line")
        XCTAssertEqual(sink.diagnostics.map { $0.location?.line }, [4, 6])
        XCTAssertTrue(sink.diagnostics.first?.message.contains("CHANGELOG.md") == true)
        XCTAssertEqual(book.chapters.map { $0.title?.plainText }, ["Introduction", "Installing", "First Steps"])
        var hrefs: [String] = []
        func collect(_ inlines: [Inline]) {
            for case .link(let href, _, let content) in inlines { hrefs.append(href); collect(content) }
        }
        for chapter in book.chapters { for case .paragraph(let inlines, _) in chapter.blocks { collect(inlines) } }
        XCTAssertEqual(hrefs, ["#file-installing", "#the-first-tide", "#file-first-steps", "#file-index", "#file-installing"])
        XCTAssertEqual(book.chapters.map(\.anchor), ["file-index", "file-installing", "file-first-steps"])
    }
}
