import Diagnostics
@testable import Validation
import XCTest

/// The accessibility rules (`imprint check --accessibility`), each in EPUBCheck's scenario
/// style: a publication with one fault, the ID reported N times at its place with its words,
/// and no other error or warning. The base book is accessible: it has every metadata property
/// EPUB Accessibility 1.1 asks for, so each fixture fails one rule only.
final class AccessibilityTests: XCTestCase {
    static let metadata = """

            <meta property="schema:accessMode">textual</meta>
            <meta property="schema:accessModeSufficient">textual</meta>
            <meta property="schema:accessibilityFeature">structuralNavigation</meta>
            <meta property="schema:accessibilityFeature">tableOfContents</meta>
            <meta property="schema:accessibilityHazard">none</meta>
            <meta property="schema:accessibilitySummary">A short text in reading order.</meta>
    """

    /// The accessible base book, with `chapter` as its one chapter's body.
    static func book(chapter: String = FixtureBook.chapterBody, metadata: String = AccessibilityTests.metadata,
                     manifestExtra: String = "", chapterItemProperties: String = "") -> FixtureBook {
        FixtureBook.epub3(chapter: chapter, manifestExtra: manifestExtra, metadataExtra: metadata,
                          chapterItemProperties: chapterItemProperties)
    }

    static let svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><rect width="1" height="1"/></svg>"#

    static func run(_ book: FixtureBook, accessibility: Bool = true) -> [Diagnostic] {
        var sink = DiagnosticSink()
        _ = Checker(options: CheckOptions(accessibility: accessibility)).check(book.publication, listing: nil, container: "book.epub", sink: &sink)
        return sink.diagnostics
    }

    /// "`id` is reported `times` times [in `file`] [at `line`], saying `fragment`; no other
    /// error or warning."
    /// `also`: conformance IDs the same fault rightly raises (an HTML content model the schema
    /// refuses too), expected as well.
    func expect(_ id: String, _ times: Int, also: Set<String> = [], in file: String? = nil, line: Int? = nil,
                saying fragment: String? = nil, _ book: FixtureBook, source: StaticString = #filePath, at sourceLine: UInt = #line) {
        let found = Self.run(book)
        let hits = found.filter { $0.id == id }
        XCTAssertEqual(hits.count, times, "\(id) in \(found.map { "\($0.id) \($0.message)" })", file: source, line: sourceLine)
        for hit in hits {
            if let file { XCTAssertEqual(hit.location?.file, file, "\(id)", file: source, line: sourceLine) }
            if let fragment { XCTAssertTrue(hit.message.contains(fragment), "\(id): \(hit.message)", file: source, line: sourceLine) }
        }
        if let line { XCTAssertEqual(hits.first?.location?.line, line, "\(id)", file: source, line: sourceLine) }
        for other in also {
            XCTAssertTrue(found.contains { $0.id == other }, "\(other) expected too", file: source, line: sourceLine)
        }
        let others = found.filter { $0.id != id && !also.contains($0.id) && $0.severity >= .warning }
        XCTAssertEqual(others.map { "\($0.id) \($0.message)" }, [], "no other errors or warnings", file: source, line: sourceLine)
    }

    func expectClean(_ book: FixtureBook, source: StaticString = #filePath, at line: UInt = #line) {
        let found = Self.run(book).filter { $0.severity >= .warning }
        XCTAssertEqual(found.map { "\($0.id) \($0.message)" }, [], file: source, line: line)
    }

    // MARK: - The gate

    func testTheBaseBookIsAccessibleAndTheRulesRunOnlyWhenAsked() {
        expectClean(Self.book())
        let bare = FixtureBook.epub3(chapter: #"<p><img src="missing.png"/></p>"#)
        XCTAssertFalse(Self.run(bare, accessibility: false).contains { $0.id.hasPrefix("IMP-A11Y-") })
        XCTAssertTrue(Self.run(bare).contains { $0.id == "IMP-A11Y-020" })
    }

    // MARK: - Package metadata (Ace's EPUB rules)

    func testMissingAccessibilityMetadataIsReportedPerProperty() {
        let found = Self.run(FixtureBook.epub3())
        XCTAssertEqual(found.filter { $0.id == "IMP-A11Y-004" }.map(\.message), [
            "The package declares no schema:accessMode metadata",
            "The package declares no schema:accessibilityFeature metadata",
            "The package declares no schema:accessibilityHazard metadata",
            "The package declares no schema:accessibilitySummary metadata",
        ])
        XCTAssertEqual(found.filter { $0.id == "IMP-A11Y-005" }.count, 1)
        XCTAssertEqual(found.filter { $0.id == "IMP-A11Y-004" }.first?.location?.file, "EPUB/package.opf")
    }

    func testVocabularyValuesAreCheckedForCaseAndSeparators() {
        let metadata = Self.metadata
            .replacingOccurrences(of: ">structuralNavigation<", with: ">StructuralNavigation<")
            .replacingOccurrences(of: ">tableOfContents<", with: ">tableOfContents index<")
            .replacingOccurrences(of: "Sufficient\">textual<", with: "Sufficient\">textual,visual,smell<")
        let found = Self.run(Self.book(metadata: metadata))
        let invalid = found.filter { $0.id == "IMP-A11Y-006" }.map(\.message)
        XCTAssertEqual(invalid.count, 3, "\(invalid)")
        XCTAssertTrue(invalid.contains { $0.contains("\"smell\" of schema:accessModeSufficient") })
        XCTAssertTrue(invalid.contains { $0.contains("case-sensitive: \"structuralNavigation\"") })
        XCTAssertTrue(invalid.contains { $0.contains("one value per meta element") })
        XCTAssertEqual(found.filter { $0.severity >= .warning }.map(\.id), [])
    }

    func testNoneBesideOtherValues() {
        let metadata = Self.metadata + #"<meta property="schema:accessibilityHazard">flashing</meta>"#
        expect("IMP-A11Y-007", 1, in: "EPUB/package.opf", saying: "schema:accessibilityHazard declares \"none\" beside other values (flashing)",
               Self.book(metadata: metadata))
    }

    func testDeprecatedPropertiesAreInfo() {
        let found = Self.run(Self.book(metadata: Self.metadata + #"<meta property="schema:accessibilityControl">fullKeyboardControl</meta>"#))
        XCTAssertEqual(found.filter { $0.id == "IMP-A11Y-008" }.map(\.severity), [.info])
    }

    func testLanguageMustBeWellFormed() {
        let book = Self.book().replacing("<dc:language>en</dc:language>", with: "<dc:language>en_GB</dc:language>", in: "EPUB/package.opf")
        let found = Self.run(book)
        XCTAssertEqual(found.filter { $0.id == "IMP-A11Y-003" }.map(\.message), ["The publication language \"en_GB\" is not a well-formed BCP 47 language tag"])
    }

    func testEmptyTitle() {
        let book = Self.book().replacing("<dc:title>Fixture</dc:title>", with: "<dc:title> </dc:title>", in: "EPUB/package.opf")
        XCTAssertEqual(Self.run(book).filter { $0.id == "IMP-A11Y-001" }.count, 1)
    }

    // MARK: - Pages

    static let pageBreaks = """
        <section id="one" epub:type="chapter"><h1>One</h1><p>It was <span epub:type="pagebreak" role="doc-pagebreak" id="p1" title="1"/>a dark <span epub:type="pagebreak" role="doc-pagebreak" id="p2" title="2"/>night.</p></section>
    """

    func paged(pageList: String, source: Bool = true) -> FixtureBook {
        let metadata = Self.metadata + (source ? "<dc:source>urn:isbn:9780000000002</dc:source>" : "")
        return Self.book(chapter: Self.pageBreaks, metadata: metadata).replacing("</nav>", with: "</nav>" + pageList, in: "EPUB/nav.xhtml")
    }

    static func pageList(_ hrefs: [String]) -> String {
        #"<nav epub:type="page-list" hidden=""><ol>"# + hrefs.map { #"<li><a href="\#($0)">x</a></li>"# }.joined() + "</ol></nav>"
    }

    func testACompletePageListIsClean() {
        expectClean(paged(pageList: Self.pageList(["chapter.xhtml#p1", "chapter.xhtml#p2"])))
    }

    func testPageBreaksWithoutSource() {
        expect("IMP-A11Y-010", 1, in: "EPUB/chapter.xhtml", line: 6, paged(pageList: Self.pageList(["chapter.xhtml#p1", "chapter.xhtml#p2"]), source: false))
    }

    func testPageListEntriesThatLeadNowhere() {
        expect("IMP-A11Y-011", 2, also: ["RSC-012"], in: "EPUB/nav.xhtml", saying: "does not lead to a page break",
               paged(pageList: Self.pageList(["chapter.xhtml#one", "chapter.xhtml#p1", "chapter.xhtml#p2", "chapter.xhtml#p9"])))
    }

    func testPageBreakMissingFromThePageList() {
        expect("IMP-A11Y-012", 1, in: "EPUB/chapter.xhtml", saying: "\"EPUB/chapter.xhtml#p2\"", paged(pageList: Self.pageList(["chapter.xhtml#p1"])))
    }

    func testPageListOutOfReadingOrder() {
        expect("IMP-A11Y-013", 1, in: "EPUB/nav.xhtml", saying: "\"chapter.xhtml#p1\" comes after \"chapter.xhtml#p2\"",
               paged(pageList: Self.pageList(["chapter.xhtml#p2", "chapter.xhtml#p1"])))
    }

    func testPageBreakWithoutLabel() {
        let book = paged(pageList: Self.pageList(["chapter.xhtml#p1", "chapter.xhtml#p2"]))
            .replacing(#"id="p2" title="2""#, with: #"id="p2""#, in: "EPUB/chapter.xhtml")
        expect("IMP-A11Y-014", 1, in: "EPUB/chapter.xhtml", line: 6, book)
    }

    func testEPUBTypeWithoutMatchingRole() {
        let found = Self.run(Self.book())
        XCTAssertEqual(found.filter { $0.id == "IMP-A11Y-015" }.map(\.message), [
            "An element with epub:type \"toc\" has no matching ARIA role \"doc-toc\"",
            "An element with epub:type \"chapter\" has no matching ARIA role \"doc-chapter\"",
        ])
        XCTAssertTrue(found.filter { $0.id == "IMP-A11Y-015" }.allSatisfy { $0.severity == .info })
        let withRole = Self.book(chapter: #"<section epub:type="chapter" role="doc-chapter"><h1>One</h1></section>"#)
        XCTAssertEqual(Self.run(withRole).filter { $0.id == "IMP-A11Y-015" }.count, 1, "only the nav's toc is left")
    }

    // MARK: - Text alternatives

    func testTextAlternatives() {
        expect("IMP-A11Y-020", 1, in: "EPUB/chapter.xhtml", line: 6,
               Self.book(chapter: #"<p><img src="a.svg"/><img src="a.svg" alt=""/><img src="a.svg" aria-label="A map"/><img src="a.svg" role="presentation"/><img src="a.svg" hidden=""/></p>"#,
                         manifestExtra: #"<item id="a" href="a.svg" media-type="image/svg+xml"/>"#).adding("EPUB/a.svg", Self.svg))
    }

    func testSVGWithRoleImgNeedsATitle() {
        let svg = #"<svg xmlns="http://www.w3.org/2000/svg" role="img" width="10" height="10"><rect width="1" height="1"/></svg>"#
        let named = #"<svg xmlns="http://www.w3.org/2000/svg" role="img" width="10" height="10"><title>A square</title></svg>"#
        expect("IMP-A11Y-021", 1, saying: "role \"img\"", Self.book(chapter: "<div>" + svg + named + "</div>", chapterItemProperties: "svg"))
    }

    func testAreaInputImageObjectAndRoleImg() {
        expect("IMP-A11Y-022", 1, Self.book(chapter: #"<div><map name="m"><area href="chapter.xhtml" shape="rect" coords="0,0,1,1"/><area href="chapter.xhtml" alt="One" shape="rect" coords="0,0,1,1"/></map></div>"#))
        expect("IMP-A11Y-023", 1, also: ["RSC-005"], Self.book(chapter: #"<form action="chapter.xhtml"><input type="image" src="a.svg"/><input type="image" src="a.svg" alt="Go"/></form>"#,
                                        manifestExtra: #"<item id="a" href="a.svg" media-type="image/svg+xml"/>"#, chapterItemProperties: "scripted").adding("EPUB/a.svg", Self.svg))
        expect("IMP-A11Y-025", 1, saying: "A span element", Self.book(chapter: #"<p><span role="img">★★★</span><span role="img" aria-label="Three stars">★★★</span></p>"#))
    }

    // MARK: - Language and title

    func testDocumentLanguage() {
        let noLang = Self.book().replacing(#"xml:lang="en" lang="en">"#, with: ">", in: "EPUB/chapter.xhtml")
        expect("IMP-A11Y-030", 1, in: "EPUB/chapter.xhtml", line: 3, noLang)
        let mismatch = Self.book().replacing(#"xml:lang="en" lang="en">"#, with: #"xml:lang="en" lang="fr">"#, in: "EPUB/chapter.xhtml")
        expect("IMP-A11Y-033", 1, also: ["RSC-005"], saying: "\"fr\" and xml:lang \"en\"", mismatch)
        expect("IMP-A11Y-032", 1, saying: "The span element's lang \"english\"",
               Self.book(chapter: #"<p><span lang="english" xml:lang="english">Hi</span> <span lang="">?</span></p>"#))
    }

    func testDocumentTitle() {
        let untitled = Self.book().replacing("<title>One</title>", with: "<title> </title>", in: "EPUB/chapter.xhtml")
        expect("IMP-A11Y-034", 1, also: ["RSC-005"], in: "EPUB/chapter.xhtml", untitled)
    }

    // MARK: - ARIA

    func testARIARolesAndAttributes() {
        expect("IMP-A11Y-040", 1, also: ["RSC-005"], saying: "\"chaptr\"", Self.book(chapter: #"<section role="chaptr"><h1>One</h1></section><section role="chaptr doc-chapter"><h1>Two</h1></section>"#))
        expect("IMP-A11Y-042", 1, saying: "\"aria-labeledby\"", Self.book(chapter: #"<p aria-labeledby="x">Hi</p>"#))
        expect("IMP-A11Y-043", 2, also: ["RSC-005"], Self.book(chapter: #"<p><button type="button" aria-pressed="yes">B</button><span aria-describedby="nowhere">x</span><span id="d" aria-describedby="d">y</span></p>"#))
        expect("IMP-A11Y-044", 1, saying: "aria-checked is not allowed on an element with role \"link\"", Self.book(chapter: #"<p><a href="chapter.xhtml" aria-checked="true">One</a></p>"#))
        expect("IMP-A11Y-045", 1, saying: "role \"checkbox\" needs aria-checked", Self.book(chapter: #"<p><span role="checkbox" tabindex="0">Agree</span><span role="checkbox" aria-checked="false" tabindex="0">No</span></p>"#))
    }

    func testARIAContextAndChildren() {
        expect("IMP-A11Y-046", 1, saying: "role \"tab\" must be inside role \"tablist\"",
               Self.book(chapter: #"<div><div role="tab">A</div><div role="tablist"><div><div role="tab">B</div></div></div></div>"#))
        expect("IMP-A11Y-047", 1, saying: "role \"list\" must contain role \"listitem\"",
               Self.book(chapter: #"<div><div role="list"><p>Not an item</p></div><div role="list"><div role="listitem">Item</div></div></div>"#))
    }

    func testDuplicateIDsReferencedByARIA() {
        expect("IMP-A11Y-048", 1, also: ["RSC-005"], saying: "The id \"lab\", referenced by aria-labelledby, is used 2 times",
               Self.book(chapter: #"<section id="s" aria-labelledby="lab"><h1 id="lab">One</h1><p id="lab">Two</p><p id="x">a</p><p id="x">b</p></section>"#))
    }

    // MARK: - Structure

    func testLists() {
        expect("IMP-A11Y-050", 1, also: ["RSC-005"], saying: "A ul list holds a p element", Self.book(chapter: #"<ul><li>One</li><p>Two</p></ul>"#))
        expect("IMP-A11Y-051", 1, also: ["RSC-005"], in: "EPUB/chapter.xhtml", Self.book(chapter: #"<div><li>Loose</li></div>"#))
        expect("IMP-A11Y-052", 1, also: ["RSC-005"], saying: "it holds a p element", Self.book(chapter: #"<dl><dt>T</dt><dd>D</dd><p>x</p><div><dt>T</dt><dd>D</dd></div></dl>"#))
        expect("IMP-A11Y-052", 1, also: ["RSC-005"], saying: "no dd follows its dt elements", Self.book(chapter: #"<div><dl><dt>T</dt></dl><dl><dd>D</dd><dt>T</dt><dd>D</dd></dl></div>"#))
        expect("IMP-A11Y-053", 1, also: ["RSC-005"], saying: "A dd element", Self.book(chapter: #"<div><dd>Loose</dd></div>"#))
    }

    func testTableHeaders() {
        expect("IMP-A11Y-054", 1, also: ["RSC-005"], saying: "\"elsewhere\"", Self.book(chapter: #"<table><tr><th id="h">H</th></tr><tr><td headers="h">1</td><td headers="elsewhere">2</td></tr></table>"#))
        let found = Self.run(Self.book(chapter: #"<table><tr><th></th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>"#))
        XCTAssertEqual(found.filter { $0.id == "IMP-A11Y-055" }.map(\.severity), [.info])
    }

    func testHeadings() {
        expect("IMP-A11Y-057", 1, saying: "level 4 follows one of level 2",
               Self.book(chapter: #"<section><h1>One</h1><h2>A</h2><h4>Deep</h4><h2>B</h2><h3>C</h3></section>"#))
        let found = Self.run(Self.book(chapter: #"<section><h1>One</h1><h2> </h2><h2><img src="a.svg" alt="Two"/></h2></section>"#,
                                     manifestExtra: #"<item id="a" href="a.svg" media-type="image/svg+xml"/>"#).adding("EPUB/a.svg", Self.svg))
        XCTAssertEqual(found.filter { $0.id == "IMP-A11Y-056" }.map(\.severity), [.info])
    }

    // MARK: - Names

    func testLinksButtonsFramesLandmarks() {
        expect("IMP-A11Y-060", 1, in: "EPUB/chapter.xhtml", line: 6,
               Self.book(chapter: #"<p><a href="chapter.xhtml"> </a><a href="chapter.xhtml"><img src="a.svg" alt="One"/></a><a href="chapter.xhtml" title="One"></a><a href="chapter.xhtml" aria-hidden="true"></a></p>"#,
                         manifestExtra: #"<item id="a" href="a.svg" media-type="image/svg+xml"/>"#).adding("EPUB/a.svg", Self.svg))
        expect("IMP-A11Y-061", 1, Self.book(chapter: #"<p><button type="button"></button><button type="button">Go</button></p>"#))
        expect("IMP-A11Y-062", 1, saying: "The iframe element", Self.book(chapter: #"<p><iframe src="chapter.xhtml"></iframe><iframe src="chapter.xhtml" title="Again"></iframe></p>"#))
        expect("IMP-A11Y-063", 1, saying: "\"navigation\" landmark has the same name (\"pages\")",
               Self.book(chapter: #"<div><nav aria-label="Pages"><p>a</p></nav><nav aria-label="pages"><p>b</p></nav><nav aria-label="Parts"><p>c</p></nav></div>"#))
    }

    // MARK: - Claims against content

    func testAlternativeTextClaimedWithImagesLackingIt() {
        let metadata = Self.metadata + #"<meta property="schema:accessibilityFeature">alternativeText</meta>"#
        let book = Self.book(chapter: #"<p><img src="a.svg"/><img src="a.svg"/><img src="a.svg" alt="A"/></p>"#, metadata: metadata,
                             manifestExtra: #"<item id="a" href="a.svg" media-type="image/svg+xml"/>"#).adding("EPUB/a.svg", Self.svg)
        let found = Self.run(book)
        XCTAssertEqual(found.filter { $0.id == "IMP-A11Y-070" }.map(\.message),
                       ["The package claims \"alternativeText\", but 2 image(s) have no text alternative (first in EPUB/chapter.xhtml:6)"])
        XCTAssertEqual(found.filter { $0.id == "IMP-A11Y-070" }.first?.location?.file, "EPUB/package.opf")
    }

    func testPageFeaturesClaimedWithoutAPageList() {
        let metadata = Self.metadata + #"<meta property="schema:accessibilityFeature">printPageNumbers</meta><meta property="schema:accessibilityFeature">pageNavigation</meta>"#
        expect("IMP-A11Y-071", 2, in: "EPUB/package.opf", Self.book(metadata: metadata))
        let paged = self.paged(pageList: Self.pageList(["chapter.xhtml#p1", "chapter.xhtml#p2"]))
            .replacing("<dc:source>", with: #"<meta property="schema:accessibilityFeature">printPageNumbers</meta><dc:source>"#, in: "EPUB/package.opf")
        expectClean(paged)
    }

    func testMathMLClaimedWithoutMathML() {
        let metadata = Self.metadata + #"<meta property="schema:accessibilityFeature">MathML</meta>"#
        expect("IMP-A11Y-072", 1, Self.book(metadata: metadata))
        let math = #"<p><math xmlns="http://www.w3.org/1998/Math/MathML" alttext="x"><mi>x</mi></math></p>"#
        expectClean(Self.book(chapter: math, metadata: metadata, chapterItemProperties: "mathml"))
    }

    func testNoHazardClaimedBesideAnAnimatedGIFOrAVideo() {
        // Two image descriptors: an animation of two frames.
        let frame: [UInt8] = [0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0x00]
        var gif: [UInt8] = Array("GIF89a".utf8) + [1, 0, 1, 0, 0, 0, 0]
        gif += frame + frame + [0x3B]
        XCTAssertEqual(AnimatedGIF.frameCount(Data(gif)), 2)
        XCTAssertEqual(AnimatedGIF.frameCount(Data(Array("GIF89a".utf8) + [1, 0, 1, 0, 0, 0, 0] + frame + [0x3B])), 1)
        // A video's flashing is unknown until someone looks.
        let book = Self.book(chapter: #"<p><video src="v.mp4" controls="">A video of waves.</video></p>"#,
                             manifestExtra: #"<item id="v" href="v.mp4" media-type="video/mp4"/>"#).adding("EPUB/v.mp4", "not really a video")
        expect("IMP-A11Y-074", 1, in: "EPUB/package.opf", saying: "The package declares the hazard \"none\", but the video in EPUB/chapter.xhtml may flash", book)
    }

    // MARK: - The statement

    func testStatementFollowsTheDisplayGuidesOrder() throws {
        var builder = ContextBuilder(options: CheckOptions(accessibility: true), container: "book.epub",
                                     publication: Self.book().publication, listing: nil)
        var sink = DiagnosticSink()
        XCTAssertTrue(builder.readContainerFile(&sink))
        var rendition = builder.rendition(0)
        XCTAssertTrue(rendition.readPackage(&sink))
        let sections = AccessibilityStatement.sections(rendition.snapshot)
        XCTAssertEqual(sections.map(\.heading), ["Ways of reading", "Conformance", "Navigation", "Rich content", "Hazards",
                                                  "Accessibility summary", "Legal considerations"])
        XCTAssertEqual(sections[0].statements[1], "Readable in read aloud or dynamic braille")
        XCTAssertEqual(sections[2].statements, ["Table of contents", "Headings"])
        XCTAssertEqual(sections[4].statements, ["No hazards"])
        XCTAssertEqual(sections[5].statements, ["A short text in reading order."])
    }

    // MARK: - Media overlays, allowed roles, form labels

    /// The overlay narrates the chapter's page break `p1`; `marked` puts epub:type on its par.
    func narratedPageBreak(marked: String) -> FixtureBook {
        let smil = Probes.smil(#"<par id="p1">"#, "<par id=\"p1\"\(marked)>").replacingOccurrences(of: "chapter.xhtml#one", with: "chapter.xhtml#p1")
        return Probes.overlayBook(smil: smil, extraMetadata: Self.metadata + "<dc:source>urn:isbn:9780000000002</dc:source>",
                                  chapter: #"<section id="one" epub:type="chapter"><h1>One</h1><p>It was <span epub:type="pagebreak" role="doc-pagebreak" id="p1" aria-label="1"/>a dark night.</p></section>"#)
            .replacing("</nav>", with: "</nav>" + Self.pageList(["chapter.xhtml#p1"]), in: "EPUB/nav.xhtml")
    }

    func testMediaOverlayThatNarratesAPageBreakWithoutMarkingIt() {
        expect("IMP-A11Y-016", 1, in: "EPUB/chapter.smil", line: 5, saying: "\"chapter.xhtml#p1\"", narratedPageBreak(marked: ""))
        expectClean(narratedPageBreak(marked: #" epub:type="pagebreak""#))
    }

    func testRoleNotAllowedOnItsElement() {
        let found = Self.run(Self.book(chapter: """
            <section id="one" epub:type="chapter" role="doc-chapter"><h1>One</h1>
            <ul role="doc-endnotes"><li role="doc-endnote">A note.</li></ul>
            <hr role="doc-pagebreak" aria-label="2" epub:type="pagebreak" id="p2"/>
            <h2 role="button">Two</h2><nav role="navigation" aria-label="Local"><p>x</p></nav><div role="button">Go</div>
            <img src="x.png" alt="" role="img"/></section>
            """))
        XCTAssertEqual(found.filter { $0.id == "IMP-A11Y-049" }.map(\.message), [
            "The role \"doc-endnotes\" is not allowed on a ul element",
            "The role \"button\" is not allowed on a h2 element",
            "The role \"img\" is not allowed on a img element",
        ])
        XCTAssertTrue(found.filter { $0.id == "IMP-A11Y-049" }.allSatisfy { $0.severity == .info }, "axe's impact is minor")
    }

    func testFormControlsWithoutLabels() {
        let chapter = """
            <section id="one" epub:type="chapter"><h1>One</h1>
            <p><input type="text"/> <input type="text" id="named"/><label for="named">Name</label></p>
            <p><label><input type="checkbox" disabled="disabled"/> Done</label> <input type="checkbox" title="Done"/></p>
            <p><select><option>A</option></select> <textarea aria-label="Notes"></textarea> <input type="submit" value="Send"/></p>
            <p hidden=""><input type="text"/></p></section>
            """
        expect("IMP-A11Y-064", 2, in: "EPUB/chapter.xhtml", Self.book(chapter: chapter))
        XCTAssertEqual(Self.run(Self.book(chapter: chapter)).filter { $0.id == "IMP-A11Y-064" }.map(\.message),
                       ["A form control (input type=\"text\") has no label", "A form control (select) has no label"])
    }
}
