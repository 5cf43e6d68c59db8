import BookModel
import Diagnostics
import Foundation
@testable import Manuscript
import Parallel
import TestSupport
import XCTest

final class MarkdownReaderTests: XCTestCase {
    let fixtures = testDirectory().appendingPathComponent("Fixtures/markdown")

    private func read(_ name: String, options: MarkdownOptions = MarkdownOptions())
        -> (manuscript: Manuscript, frontMatter: MetadataDocument?, sink: DiagnosticSink) {
        var sink = DiagnosticSink()
        let path = fixtures.appendingPathComponent(name).path
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let (m, f) = MarkdownReader.read(text, path: name, options: options, sink: &sink)
        return (m, f, sink)
    }

    private func parse(_ text: String, options: MarkdownOptions = MarkdownOptions()) -> (Manuscript, DiagnosticSink) {
        var sink = DiagnosticSink()
        let (m, _) = MarkdownReader.read(text, path: "t.md", options: options, sink: &sink)
        return (m, sink)
    }

    func testHeadingsSplitChaptersAndNest() {
        let (m, _, sink) = read("chapters.md")
        XCTAssertTrue(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
        XCTAssertEqual(m.chapters.map { $0.title?.plainText }, [nil, "Prologue", "Chapter 1: The Keeper", "About the Author"])
        XCTAssertEqual(m.chapters.map(\.kind), [.chapter, .prologue, .chapter, .colophon])
        XCTAssertEqual(m.chapters.map { $0.source?.line }, [nil, 3, 7, 23])
        XCTAssertEqual(m.chapters[0].blocks, [.paragraph([.text("A note before the first chapter, set in italics by "),
                                                          .emphasis([.text("custom")]), .text(".")])])
        let headings = m.chapters[2].blocks.compactMap { block -> String? in
            if case .heading(let level, let content, let id) = block { return "\(level) \(content.plainText) \(id ?? "-")" }
            return nil
        }
        XCTAssertEqual(headings, ["2 The Logbook the-logbook", "3 Last Entry last-entry", "2 The Storm the-storm"])
        XCTAssertTrue(m.chapters[2].blocks.contains(.paragraph([.text("“North,” it said – nothing else…")])),
                      "cmark's smart punctuation: \(m.chapters[2].blocks)")
    }

    func testSmartPunctuationCanBeTurnedOff() {
        let (m, _) = parse("\"Quoted\" -- text...", options: MarkdownOptions(smartTypography: false))
        XCTAssertEqual(m.chapters.first?.blocks, [.paragraph([.text("\"Quoted\" -- text...")])])
    }

    func testSplitLevelTwoMakesParts() {
        let (m, front, sink) = read("parts.md")
        XCTAssertTrue(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
        XCTAssertEqual(front?.configuration.splitLevel, 2)
        XCTAssertEqual(m.chapters.map { $0.title?.plainText ?? "" },
                       ["Part One: Light", "Chapter 1", "Chapter 2", "Part Two: Dark", "Chapter 3"])
        XCTAssertEqual(m.chapters.map(\.kind), [.part, .chapter, .chapter, .part, .chapter])
        XCTAssertEqual(m.chapters.map(\.depth), [0, 1, 1, 0, 1])
        // An explicit option wins over the front matter.
        let (flat, _, _) = read("parts.md", options: MarkdownOptions(splitLevel: 1))
        XCTAssertEqual(flat.chapters.count, 2)
    }

    func testLoneTitleHeadingTitlesTheBook() {
        let (m, _) = parse("# The Lamp\n\nby Elin Berg\n\n## One\n\nText.\n\n## Two\n\nMore.\n")
        XCTAssertEqual(m.detectedTitle, "The Lamp")
        XCTAssertEqual(m.detectedAuthor, "Elin Berg")
        XCTAssertEqual(m.chapters.map { $0.title?.plainText }, ["One", "Two"])
        let (explicit, _) = parse("# The Lamp\n\n## One\n\nText.\n", options: MarkdownOptions(splitLevel: 1))
        XCTAssertNil(explicit.detectedTitle)
        XCTAssertEqual(explicit.chapters.count, 1)
    }

    func testFootnotesHaveLabelIDsPerChapter() {
        let (m, _, sink) = read("footnotes.md")
        XCTAssertTrue(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
        XCTAssertEqual(m.chapters.count, 2)
        XCTAssertEqual(m.chapters[0].notes.map(\.id), ["log", "2"])
        XCTAssertEqual(m.chapters[0].blocks, [.paragraph([
            .text("The keeper wrote everything down."), .noteReference(id: "log"),
            .text(" Even the weather."), .noteReference(id: "2"),
            .text(" And again the log."), .noteReference(id: "log"),
        ])])
        XCTAssertEqual(m.chapters[0].notes[0].blocks, [.paragraph([.text("The logbook survives in the town archive.")])])
        // The second chapter gets its own copy of the shared note, and the nested note follows.
        XCTAssertEqual(m.chapters[1].notes.map(\.id), ["log-2", "outer", "inner"])
        XCTAssertEqual(m.chapters[1].notes[2].blocks.count, 2)
        XCTAssertFalse(m.chapters.flatMap(\.notes).contains { $0.id.contains("unused") })
    }

    func testFootnoteIDsAreStableWhenNotesAreAdded() {
        let before = parse("Text.[^ash]\n\n[^ash]: Ash.\n").0
        let after = parse("New first.[^new] Text.[^ash]\n\n[^new]: New.\n\n[^ash]: Ash.\n").0
        XCTAssertEqual(before.chapters[0].notes.map(\.id), ["ash"])
        XCTAssertEqual(after.chapters[0].notes.map(\.id), ["new", "ash"])
    }

    func testGFMExtensions() throws {
        let (m, _, sink) = read("gfm.md")
        XCTAssertTrue(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
        let blocks = try XCTUnwrap(m.chapters.first?.blocks)
        guard case .table(let table) = blocks[0] else { return XCTFail("\(blocks[0])") }
        XCTAssertEqual(table.alignments, [.left, .center, .right])
        XCTAssertEqual(table.header.map(\.plainText), ["Lamp", "Lit", "Hours"])
        XCTAssertEqual(table.rows.count, 2)
        XCTAssertEqual(table.rows[1][0], [.strong([.text("South")])])
        XCTAssertEqual(table.rows[1][1], [.strikethrough([.text("1870")]), .text(" 1871")])

        guard case .paragraph(let links, _) = blocks[1] else { return XCTFail() }
        let hrefs = links.compactMap { inline -> String? in
            if case .link(let href, _, _) = inline { return href }
            return nil
        }
        XCTAssertEqual(hrefs, ["http://www.example.com", "https://example.org/path", "mailto:keeper@example.com"])
        XCTAssertEqual(blocks[2], .paragraph([.text("“It’s the ’90s,” she said – and ’twas so… Isn’t it?")]))
        XCTAssertEqual(blocks[3], .paragraph([.text("Line one"), .lineBreak, .text("line two")]))
        XCTAssertEqual(blocks[4], .list(ordered: false, start: 1, items: [
            [.paragraph([.text("item "), .emphasis([.text("one")])])], [.paragraph([.text("item two")])],
        ]))
        XCTAssertEqual(blocks[5], .list(ordered: true, start: 3, items: [[.paragraph([.text("three")])], [.paragraph([.text("four")])]]))
        XCTAssertEqual(blocks[6], .blockquote([.paragraph([.text("A quotation over two lines.")])]))
        XCTAssertEqual(blocks[7], .codeBlock("let lamp = \"lit\"", language: "swift"))
        XCTAssertEqual(blocks[8], .sceneBreak)
    }

    func testSafeRawHTMLBecomesModel() throws {
        let (m, _, sink) = read("html.md")
        let blocks = try XCTUnwrap(m.chapters.first?.blocks)
        XCTAssertEqual(blocks[0], .paragraph([
            .text("Text with "), .emphasis([.text("emphasis")]), .text(", "), .strong([.text("bold")]), .text(", H"),
            .subscripted([.text("2")]), .text("O, E = mc"), .superscript([.text("2")]), .text(", "),
            .span(language: "fr", direction: nil, content: [.text("bonjour")]), .text(", "),
            .smallCaps([.text("NASA")]), .text(" and a"), .lineBreak, .text("break."),
        ]))
        XCTAssertEqual(blocks[1], .division(classes: ["letter"], content: [
            .paragraph([.text("Dear "), .emphasis([.text("Mina")]), .text(",")]), .paragraph([.text("I write in haste.")]),
        ]))
        XCTAssertEqual(blocks[2], .paragraph([.text("Centred words.")], style: .centered))
        XCTAssertEqual(blocks[3], .sceneBreak)
        XCTAssertEqual(blocks[4], .paragraph([
            .text("Click "), .link(href: "https://example.com", title: nil, content: [.text("here")]), .text(" or there."),
        ]))
        _ = sink
    }

    func testUnsafeRawHTMLIsDroppedWithWarningsAtLines() throws {
        let (m, _, sink) = read("html.md")
        let blocks = try XCTUnwrap(m.chapters.first?.blocks)
        let text = blocks.map { block -> String in
            switch block {
            case .paragraph(let c, _): return c.plainText
            case .division(_, let b): return b.map { if case .paragraph(let c, _) = $0 { return c.plainText } else { return "" } }.joined()
            default: return ""
            }
        }.joined(separator: "\n")
        XCTAssertFalse(text.contains("alert"), "script content never reaches the book")
        XCTAssertTrue(text.contains("Unknown blinking tag and an unclosed emphasis."), text)
        XCTAssertTrue(text.contains("Loose text in a div."), text)
        let found = sink.diagnostics.map { "\($0.id)@\($0.location?.line ?? 0)" }
        XCTAssertEqual(found, [
            "IMP-MD-001@18",   // <script>
            "IMP-MD-002@20",   // onclick on <a>
            "IMP-MD-002@20",   // javascript: link
            "IMP-MD-001@22",   // <iframe>
            "IMP-MD-001@24",   // <blink>
            "IMP-MD-003@24",   // <em> never closed
            "IMP-MD-003@26",   // <div> never closed
        ])
        XCTAssertTrue(sink.diagnostics.allSatisfy { $0.location?.file == "html.md" && $0.severity == .warning })
    }

    func testImagesAltAndRemote() {
        let (m, sink) = parse("![](pic.png)\n\nInline ![A cat](https://example.com/cat.png) here.\n\n![A map](my%20map.png \"The map\")\n")
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-RES-001", "IMP-RES-002"])
        XCTAssertEqual(sink.diagnostics.map { $0.location?.line }, [1, 3])
        XCTAssertEqual(m.chapters[0].blocks, [
            .figure(source: "pic.png", alt: "", caption: nil),
            .paragraph([.text("Inline  here.")]),
            .figure(source: "my map.png", alt: "A map", caption: [.text("A map")]),
        ])
        XCTAssertEqual(m.resourceReferences.map(\.source), ["pic.png", "my map.png"])
        XCTAssertEqual(m.resourceReferences.map(\.location.line), [1, 5])
    }

    func testLinksToLocalFilesKeepTheirText() {
        let (m, sink) = parse("See [the notes](notes.md) and [above](#top), [the scan](scan.pdf).\n")
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-MD-005"], "a PDF is never a chapter")
        XCTAssertEqual(m.chapters[0].blocks, [.paragraph([
            .text("See "), .link(href: "notes.md", title: nil, content: [.text("the notes")]), .text(" and "),
            .link(href: "#top", title: nil, content: [.text("above")]), .text(", the scan."),
        ])])
        // notes.md may be another chapter: the assembler, which knows the book's files, decides.
        XCTAssertEqual(m.linkReferences.map(\.source), ["notes.md"])
        XCTAssertEqual(m.linkReferences.map(\.location.line), [1])
    }

    func testDeepNestingIsBounded() {
        let deep = String(repeating: "> ", count: 200) + "deep\n"
        let (m, sink) = parse(deep)
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-MD-004"])
        XCTAssertEqual(m.chapters.first?.blocks.isEmpty, false)
        let emphasis = String(repeating: "<em>", count: 100) + "x" + String(repeating: "</em>", count: 100)
        let (m2, sink2) = parse(emphasis)
        XCTAssertTrue(sink2.diagnostics.contains { $0.id == "IMP-MD-004" })
        XCTAssertEqual(m2.chapters.first?.blocks.first.map { if case .paragraph(let c, _) = $0 { return c.plainText } else { return "" } }, "x")
    }

    func testHeadingAttributes() {
        XCTAssertEqual(HeadingAttributes.split([.text("Prologue {#start .unnumbered epub:type=prologue}")]).1,
                       HeadingAttributes(id: "start", classes: ["unnumbered"], values: ["epub:type": "prologue"]))
        XCTAssertNil(HeadingAttributes.split([.text("Sets {a, b}")]).1, "braces that are text stay text")
    }

    func testEmptyAndHeadingOnlyInput() {
        XCTAssertTrue(parse("").0.chapters.isEmpty)
        XCTAssertEqual(parse("# Only a Title\n").0.chapters.map { $0.title?.plainText }, ["Only a Title"])
    }

    func testMetadataTextIsPlain() {
        XCTAssertEqual(MetadataText.plain("The *Lost* Key", smart: true), "The Lost Key")
        XCTAssertEqual(MetadataText.plain("Don't Panic", smart: true), "Don’t Panic")
        XCTAssertEqual(MetadataText.plain("2001. A Space Odyssey", smart: true), "2001. A Space Odyssey")
        XCTAssertEqual(MetadataText.plain("Don't", smart: false), "Don't")
    }

    func testBlockLanguageIsCarriedBySpans() {
        let (m, sink) = parse("<div lang=\"ar\" dir=\"rtl\">\n\nمرحبا بالعالم\n\n</div>\n\n<p lang=\"fr\">Bonjour.</p>\n")
        XCTAssertTrue(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
        XCTAssertEqual(m.chapters.first?.blocks, [
            .paragraph([.span(language: "ar", direction: .rtl, content: [.text("مرحبا بالعالم")])]),
            .paragraph([.span(language: "fr", direction: nil, content: [.text("Bonjour.")])]),
        ])
    }

    func testPandocFencedDivs() {
        let text = """
        ::: epigraph
        *The sea has neither meaning nor pity.*
        :::

        ::: {.letter lang=fr}
        Cher ami,

        Je vous écris.
        :::

        Before
        :::
        After
        """
        let (m, sink) = parse(text)
        XCTAssertTrue(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
        XCTAssertEqual(m.chapters.first?.blocks, [
            .division(classes: ["epigraph"], content: [.paragraph([.emphasis([.text("The sea has neither meaning nor pity.")])])]),
            .division(classes: ["letter"], content: [
                .paragraph([.span(language: "fr", direction: nil, content: [.text("Cher ami,")])]),
                .paragraph([.span(language: "fr", direction: nil, content: [.text("Je vous écris.")])]),
            ]),
            .paragraph([.text("Before ::: After")]),
        ])
        let (unclosed, sink2) = parse("::: note\nOpen forever.\n")
        XCTAssertEqual(sink2.diagnostics.map(\.id), ["IMP-MD-003"])
        XCTAssertEqual(unclosed.chapters.first?.blocks, [.division(classes: ["note"], content: [.paragraph([.text("Open forever.")])])])
    }

    func testPandocSpansAndScripts() {
        let (m, _) = parse("H~2~O and 2^10^, [NASA]{.smallcaps} in [Paris]{lang=fr}, [*x*]{.smallcaps}, ~~gone~~, [plain] text.\n")
        XCTAssertEqual(m.chapters.first?.blocks, [.paragraph([
            .text("H"), .subscripted([.text("2")]), .text("O and 2"), .superscript([.text("10")]), .text(", "),
            .smallCaps([.text("NASA")]), .text(" in "), .span(language: "fr", direction: nil, content: [.text("Paris")]),
            .text(", "), .smallCaps([.emphasis([.text("x")])]), .text(", "), .strikethrough([.text("gone")]),
            .text(", [plain] text."),
        ])])
    }

    /// Web addresses as READMEs and browsers give them: a second `#`, brackets in a query, an
    /// IPv6 host stay links (the renderer percent-encodes what a URL may not hold); GitHub's
    /// autolink of `https://user:pa ss@…` (cut at the space, so "pa" is read as a port), a
    /// port in words and `https:` without `//` are not URLs at all, and lose the link with a
    /// warning at their line instead of failing the book. (Autolinks carry no position in
    /// cmark-gfm: their line is worked out from the text before them.)
    func testWebAddressesThatCannotBeURLsLoseTheLinkWithAWarning() {
        let (m, _, sink) = read("web-addresses.md")
        var hrefs: [String] = []
        func collect(_ inlines: [Inline]) {
            for inline in inlines {
                if case .link(let href, _, let content) = inline { hrefs.append(href); collect(content) }
            }
        }
        for chapter in m.chapters {
            for case .paragraph(let inlines, _) in chapter.blocks { collect(inlines) }
        }
        XCTAssertEqual(hrefs, ["https://matrix.to/#/#psmisc:dropbear.xyz",
                               "https://bugs.example.org/issues?label[]=bug&label[]=docs",
                               "https://example.org/api/items[0]/name", "http://[::1]:8080/status",
                               "mailto:ss@example.org"], "GitHub's autolink also sees ss@example.org as a mail address")
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-MD-002", "IMP-MD-002", "IMP-MD-002"])
        XCTAssertEqual(sink.diagnostics.map { $0.location?.line }, [12, 13, 13])
        XCTAssertEqual(sink.diagnostics.map(\.message), [
            "link to https://user:pa dropped: its port 'pa' is not a number; its text is kept",
            "link to https:example.org dropped: a web address needs // and a host after https:; its text is kept",
            "link to https://mirror.example.org:eighty/ dropped: its port 'eighty' is not a number; its text is kept",
        ])
        XCTAssertTrue(m.chapters.flatMap(\.blocks).contains { block in
            if case .paragraph(let inlines, _) = block { return inlines.plainText.contains("Log in at https://user:pa ss@example.org/") }
            return false
        }, "the words stay")
    }

    /// Ids in raw HTML are places links reach: `<a id="20.20.2"></a>` on its own line before a
    /// heading names that chapter (Node.js's changelogs link their versions so), `<a name>`,
    /// `<span id>` and `<div id>` mark their text. The ids were dropped with a warning, and
    /// every link to them silently lost its target.
    func testIDsInRawHTMLAreAnchorsWithTheirText() {
        let (m, _, sink) = read("html-anchors.md")
        XCTAssertFalse(sink.diagnostics.contains { $0.message.contains("id=") }, "\(sink.diagnostics)")
        XCTAssertEqual(m.chapters.map { $0.title?.plainText }, [nil, "2026-03-24, Version 20.20.2 ‘Iron’ (LTS)",
                                                                 "2026-01-13, Version 20.20.1 ‘Iron’ (LTS)"])
        XCTAssertEqual(m.chapters.map(\.anchor), [nil, "20.20.2", "20.20.1"], "the line before a chapter's heading names it")
        XCTAssertEqual(m.chapters[1].blocks.first, .paragraph([
            .text("This is a security release. See "), .anchor(id: "notable"), .text("the notable changes and "),
            .anchor(id: "cve"), .text("the CVE list."),
        ]))
        XCTAssertEqual(m.chapters[2].blocks, [
            .division(classes: [], content: [.paragraph([.anchor(id: "output-formats"), .text("Output formats are listed here.")])]),
            .heading(level: 2, content: [.text("The List")], id: "the-list"),
            .paragraph([.text("See "), .anchor(id: "the-list"), .text("the list again.")]),
            .paragraph([.anchor(id: "archive"), .anchor(id: "archive")]),
        ], "anchors at the very end stay there")
    }

    /// Raw HTML tables (Node.js's changelogs open with one, its API docs list constants in
    /// them) are tables: `<th>` rows are the header, cells keep their links, code and line
    /// breaks, `align` aligns the column, `colspan` pads, and the `</td>` and `</tr>` old HTML
    /// leaves out are implied. The tags were dropped with a warning each (689 in Debian's
    /// READMEs) and the cells ran together as one paragraph.
    func testRawHTMLTablesAreTables() {
        let (m, _, sink) = read("html-tables.md")
        XCTAssertFalse(sink.diagnostics.contains { ["IMP-MD-001", "IMP-MD-003"].contains($0.id) }, "\(sink.diagnostics)")
        let tables = m.chapters[0].blocks.compactMap { block -> Table? in
            if case .table(let t) = block { return t }
            return nil
        }
        XCTAssertEqual(tables.count, 3)
        XCTAssertEqual(tables[0].header, [[.text("LTS ‘Iron’")], [.text("Current")]])
        XCTAssertEqual(tables[0].rows, [[
            [.link(href: "#v20", title: nil, content: [.text("20.20.2")]), .lineBreak, .text("\n"),
             .link(href: "#v20", title: nil, content: [.text("20.20.1")])],
            [.link(href: "#v21", title: nil, content: [.text("21.0.0")])],
        ]])
        XCTAssertEqual(tables[1].alignments, [.none, .right])
        XCTAssertEqual(tables[1].rows[0][0], [.code("SIGHUP")])
        XCTAssertEqual(tables[1].rows[0][1].plainText,
                       "Sent to indicate when a controlling terminal is closed or a parent\n    process exits.")
        XCTAssertEqual(tables[2].header, [[.text("Old style")], []])
        XCTAssertEqual(tables[2].rows, [[[.text("one")], [.text("two")]], [[.text("three")], []]])
    }

    /// `<details>` and its `<summary>` (Node.js's README folds its emeriti lists so): the
    /// summary is a paragraph over the content, not a dropped tag with a warning.
    func testDetailsSummaryIsAParagraph() {
        let (m, _, sink) = read("html-details.md")
        XCTAssertEqual(sink.diagnostics, [])
        guard case .division(let classes, let content)? = m.chapters.first?.blocks.first else {
            return XCTFail("\(m.chapters)")
        }
        XCTAssertEqual(classes, [])
        XCTAssertEqual(content.first, .division(classes: ["summary"], content: [.paragraph([.text("TSC emeriti members")])]))
        XCTAssertEqual(content.count, 3, "summary, heading, list")
    }

    /// cmark-gfm keeps one process-wide table of the characters that start inline syntax and
    /// each parse adds and removes its extensions' characters there: parses side by side lost
    /// `~` and turned strikethrough into subscripts. A hundred and sixty parses on every core must all
    /// see it. Without the lock in CmarkDocument, 1 to 4 of 400 parses lost it in each of two runs,
    /// and this test (160 parses) failed in two runs of three.
    func testStrikethroughSurvivesParsesSideBySide() {
        let text = "# One\n\n" + String(repeating: "Some ~~fog~~ and H~2~O, *again*.\n\n", count: 40)
        let struck = ParallelMap.map(Array(0..<160)) { _ -> Int in
            var sink = DiagnosticSink()
            let (m, _) = MarkdownReader.read(text, path: "t.md", sink: &sink)
            return m.chapters.flatMap(\.blocks).filter { $0 == .paragraph([.text("Some "), .strikethrough([.text("fog")]), .text(" and H"),
                                                                           .subscripted([.text("2")]), .text("O, "), .emphasis([.text("again")]), .text(".")]) }.count
        }
        XCTAssertEqual(struck.filter { $0 != 40 }.count, 0, "parses that lost the strikethrough: \(struck.filter { $0 != 40 }.count) of 160")
    }
}
