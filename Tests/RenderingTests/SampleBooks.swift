import BookModel
import Foundation
import Rendering

/// Books built by hand in the shapes real manuscripts take, for golden files and EPUBCheck.
enum SampleBooks {
    /// 2024-05-17T10:30:00Z, the modification date of every sample rendering.
    static let modified = Date(timeIntervalSince1970: 1_715_941_800)

    static func options(_ version: EPUBVersion = .epub3, tocDepth: Int? = nil, generateCover: Bool = true) -> RenderOptions {
        RenderOptions(epubVersion: version, modified: modified, generator: "Imprint test", tocDepth: tocDepth,
                      generateCover: generateCover)
    }

    /// A small novel: two chapters, a scene break, a quotation, a footnote, a subtitle.
    static var novel: Book {
        let chapter1 = Chapter(
            title: [.text("Chapter 1: The Smell of Ash")],
            blocks: [
                .paragraph([.text("The fire had burned for three days before anyone thought to ask who lit it.")],
                           style: .opening),
                .paragraph([.text("“Nobody,” said Mara, “", ), .emphasis([.text("nobody")]),
                            .text(" goes into the valley after dark.”"), .noteReference(id: "valley")]),
                .sceneBreak,
                .paragraph([.text("Morning came grey and cold.")], style: .opening),
                .blockquote([.paragraph([.text("Ash to ash, and the wind to carry it.")])]),
            ],
            notes: [Note(id: "valley", blocks: [.paragraph([.text("The valley of Ember, east of the river.")])])])
        let chapter2 = Chapter(
            title: [.text("Chapter 2: Sparks")], subtitle: [.text("Mara’s Journal")],
            blocks: [
                .paragraph([.text("I write this by the light of the last candle.")], style: .opening),
                .heading(level: 2, content: [.text("The First Night")], id: nil),
                .paragraph([.text("Nothing moved. "), .strong([.text("Nothing.")])]),
            ])
        let metadata = Metadata(title: "Ashes & Allies", subtitle: "A Novel <of> Fire",
                                creators: [Contributor(name: "Jane Q. Writer", fileAs: "Writer, Jane Q.")],
                                language: "en", publisher: "Small Press")
        return Book(metadata: metadata, chapters: [chapter1, chapter2])
    }

    /// Everything at once: parts, front and back matter, an untitled chapter, footnotes,
    /// images, tables, lists, code, verse, languages, unicode and markup characters in titles.
    static var everything: Book {
        let png = Resource(path: "images/map one.png", mediaType: "image/png", data: tinyPNG)
        let cover = Resource(path: "images/cover.png", mediaType: "image/png", data: tinyPNG)
        let dedication = Chapter(kind: .dedication, title: nil, blocks: [
            .paragraph([.emphasis([.text("For R., who asked “what if?” & <meant> it.")])], style: .centered),
        ])
        let part1 = Chapter(kind: .part, title: [.text("Part One: Ice & Fire")], depth: 0, blocks: [])
        let ch1 = Chapter(
            title: [.text("Chapter 1 — “Ñandú” <b>&amp;</b>")], depth: 1,
            blocks: [
                .paragraph([.text("First line with a note."), .noteReference(id: "1"),
                            .text(" And a second reference to another."), .noteReference(id: "two")], style: .opening),
                .heading(level: 2, content: [.text("A Map")], id: "map"),
                .figure(source: "images/map one.png", alt: "A map of the valley & the river", caption: [.text("The valley")]),
                .paragraph([.text("Inline "), .image(source: "images/map one.png", alt: "map", title: nil),
                            .text(" image; "), .link(href: "#map", title: "Back to the map", content: [.text("see the map")]),
                            .text("; "), .link(href: "https://example.com/?a=1&b=2", title: nil, content: [.text("a site")]),
                            .text("; "), .link(href: "missing.md", title: nil, content: [.text("a dead link")]), .text(".")]),
                .heading(level: 2, content: [.text("A Map")], id: nil),
                .heading(level: 3, content: [.text("Tables")], id: nil),
                .table(Table(alignments: [.left, .center, .right],
                             header: [[.text("Name")], [.text("Age")], [.text("Score")]],
                             rows: [[[.text("Ann")], [.text("31")], [.text("9.5")]],
                                    [[.text("Bo & Co")], [.text("<5")], [.strong([.text("10")])]]])),
                .list(ordered: true, start: 3, items: [
                    [.paragraph([.text("third")])],
                    [.paragraph([.text("fourth")]), .list(ordered: false, start: 1, items: [[.paragraph([.text("nested")])]])],
                ]),
                .definitionList([(term: [.text("Ember")], definitions: [[.paragraph([.text("A glowing coal.")])]])]),
                .codeBlock("let x = a < b && c > d\nprint(\"done\")", language: "swift"),
                .lineBlock([[.text("Roses are red,")], [.text("  violets are blue")], []]),
                .paragraph([.smallCaps([.text("Small caps")]), .text(", "), .strikethrough([.text("struck")]),
                            .text(", H"), .subscripted([.text("2")]), .text("O, E=mc"), .superscript([.text("2")]),
                            .text(", "), .code("a<b"), .lineBreak,
                            .span(language: "fr", direction: nil, content: [.text("bonjour")]), .text(", "),
                            .span(language: "ar", direction: .rtl, content: [.text("مرحبا")])]),
                .division(classes: ["letter", "bad class!"], content: [.paragraph([.text("Dear Sir,")], style: .right)]),
            ],
            notes: [Note(id: "1", blocks: [.paragraph([.text("A note with "), .emphasis([.text("emphasis")]),
                                                       .text(" and a nested reference"), .noteReference(id: "deep"),
                                                       .text(".")])]),
                    Note(id: "two", blocks: [.paragraph([.text("Second note.")]), .paragraph([.text("Two paragraphs.")])]),
                    Note(id: "deep", blocks: [.paragraph([.text("Note in a note.")])]),
                    Note(id: "orphan", blocks: [.paragraph([.text("Nobody refers to me.")])])])
        let ch2 = Chapter(title: nil, depth: 1, blocks: [
            .paragraph([.text("An untitled chapter."), .noteReference(id: "x")], style: .opening),
            .paragraph([.text("It refers to note x again."), .noteReference(id: "x"), .noteReference(id: "nowhere")]),
        ], notes: [Note(id: "x", blocks: [.paragraph([.text("Note x.")])])])
        let part2 = Chapter(kind: .part, title: nil, depth: 0, blocks: [])
        let ch3 = Chapter(title: [.text("Chapter 3")], depth: 1, blocks: [
            .paragraph([.text("Last chapter.")], style: .opening),
            .figure(source: "images/not-there.png", alt: "A lost picture", caption: nil),
        ], language: "en-GB")
        let epilogue = Chapter(kind: .epilogue, title: [.text("Epilogue")], depth: 0, blocks: [
            .paragraph([.text("The end.")], style: .opening),
        ])
        let about = Chapter(kind: .aboutAuthor, title: [.text("About the Author")], blocks: [
            .paragraph([.text("Jane writes.")], style: .opening),
        ])
        let metadata = Metadata(
            title: "Ice & Fire: <The> “Complete” Saga", subtitle: "Volume Ⅰ",
            creators: [Contributor(name: "Jane Q. Writer", role: "author", fileAs: "Writer, Jane Q."),
                       Contributor(name: "Émile Zoë", role: "aut")],
            contributors: [Contributor(name: "T. Ranslator", role: "translator")],
            language: "en", date: "2024-05", publisher: "Small & Press", rights: "© 2024 Jane Q. Writer",
            description: "A saga of <ice> & fire.", subjects: ["Fiction", "Fantasy"],
            series: Series(name: "The Elements", position: "2"),
            extraProperties: ["ibooks:specified-fonts": "true", "unknown:thing": "x"])
        return Book(metadata: metadata, chapters: [dedication, part1, ch1, ch2, part2, ch3, epilogue, about],
                    resources: [png, cover], coverImage: "images/cover.png")
    }

    /// `everything` with its notes collected into an endnotes document.
    static var everythingWithEndnotes: Book {
        var book = everything
        book.endnotesDocument = true
        return book
    }

    /// A text without any heading: one untitled chapter.
    static var untitled: Book {
        Book(metadata: Metadata(title: "A Quiet Text", creators: [Contributor(name: "Anon")], language: "fr"),
             chapters: [Chapter(title: nil, blocks: [.paragraph([.text("Il était une fois.")]),
                                                      .paragraph([.text("Fin.")])])])
    }

    /// An empty book: no chapters at all, no author, no title.
    static var empty: Book {
        Book(metadata: Metadata(title: "  "), chapters: [])
    }

    /// A 2×2 RGB PNG, made for these tests.
    static let tinyPNG = Data([
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02, 0x08, 0x02, 0x00, 0x00, 0x00, 0xFD, 0xD4, 0x9A,
        0x73, 0x00, 0x00, 0x00, 0x11, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0x00, 0x04,
        0xFF, 0xC1, 0x08, 0x48, 0x00, 0x00, 0x1D, 0xF1, 0x03, 0xFD, 0x79, 0x0E, 0x8B, 0xEF, 0x00, 0x00,
        0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ])
}
