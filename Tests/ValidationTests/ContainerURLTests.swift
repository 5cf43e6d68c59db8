@testable import Validation
import XCTest

final class ContainerURLTests: XCTestCase {
    func testRelativeURLsResolveAgainstTheDocument() {
        let url = ContainerURL("../images/a%20b.png#top", relativeTo: "EPUB/text/ch1.xhtml")
        XCTAssertEqual(url.kind, .local)
        XCTAssertEqual(url.path, "EPUB/images/a b.png")
        XCTAssertEqual(url.fragment, "top")
        XCTAssertFalse(url.leaks)
    }

    func testClimbingAboveTheRootIsClampedAndReportedAsLeaking() {
        let url = ContainerURL("../../../../EPUB/ch1.xhtml", relativeTo: "EPUB/package.opf")
        XCTAssertEqual(url.path, "EPUB/ch1.xhtml")
        XCTAssertTrue(url.leaks)
        XCTAssertTrue(ContainerURL("/EPUB/ch1.xhtml", relativeTo: "EPUB/package.opf").leaks)
    }

    func testTheFastJoinAgreesWithTheGeneralResolutionEverywhereItAnswers() {
        // Every combination of these paths and bases: where plainJoin answers, it answers what
        // the segment-by-segment resolution does, without leaking; where it declines, the
        // general path runs. Bases include empty and dot segments, paths climb one to four
        // folders, past the root too.
        let bases = ["ch.xhtml", "EPUB/ch.xhtml", "EPUB/text/ch.xhtml", "OEBPS/a/b/c/ch.xhtml", "EPUB//text/ch.xhtml",
                     "EPUB/./text/ch.xhtml", "EPUB/../x/ch.xhtml", ".hidden/ch.xhtml", "EPUB/text/"]
        let tails = ["a.png", "images/a.png", "images/", "x/../a.png", "./a.png", ".a", "a..b/c.css", "..a/b", ""]
        var answered = 0
        for base in bases {
            for up in 0...4 {
                for tail in tails {
                    let path = String(repeating: "../", count: up) + tail
                    guard let fast = ContainerURL.plainJoin(Substring(path), base: base) else { continue }
                    answered += 1
                    let general = ContainerURL.segmentJoin(path, base: base)
                    XCTAssertEqual(fast, general.path, "\(path) from \(base)")
                    XCTAssertFalse(general.leaks, "\(path) from \(base)")
                }
            }
        }
        XCTAssertGreaterThan(answered, 40)
        XCTAssertEqual(ContainerURL("../../images/a.png", relativeTo: "OEBPS/a/b/ch.xhtml").path, "OEBPS/images/a.png")
        XCTAssertEqual(ContainerURL("../images/a.png", relativeTo: "text/ch.xhtml").path, "images/a.png")
        XCTAssertTrue(ContainerURL("../../a.png", relativeTo: "text/ch.xhtml").leaks)
    }

    func testSchemesAreClassified() {
        XCTAssertEqual(ContainerURL("https://example.org/a.mp3", relativeTo: "EPUB/x.xhtml").kind, .remote)
        XCTAssertEqual(ContainerURL("//example.org/a.mp3", relativeTo: "EPUB/x.xhtml").kind, .remote)
        XCTAssertEqual(ContainerURL("data:image/png;base64,AAAA", relativeTo: "EPUB/x.xhtml").kind, .data)
        XCTAssertEqual(ContainerURL("file:///etc/passwd", relativeTo: "EPUB/x.xhtml").kind, .file)
        XCTAssertEqual(ContainerURL("mailto:someone@example.org", relativeTo: "EPUB/x.xhtml").kind, .otherScheme)
    }

    func testFragmentOnlyReferencePointsAtTheSameDocument() {
        let url = ContainerURL("#note-1", relativeTo: "EPUB/ch1.xhtml")
        XCTAssertEqual(url.path, "EPUB/ch1.xhtml")
        XCTAssertEqual(url.fragment, "note-1")
    }

    func testCanonicallyEquivalentNamesCompareEqual() {
        let composed = ContainerURL("content_%C3%BC.xhtml", relativeTo: "EPUB/nav.xhtml").path
        let decomposed = ContainerURL("content_u%CC%88.xhtml", relativeTo: "EPUB/nav.xhtml").path
        XCTAssertEqual(composed, decomposed)
    }

    func testSourceSetKeepsDataURLsWhole() {
        XCTAssertEqual(SourceSet.urls("a.png, b.png 2x,c.png 300w"), ["a.png", "b.png", "c.png"])
        XCTAssertEqual(SourceSet.urls("data:image/png;base64,AA,BB 1x"), ["data:image/png;base64,AA,BB"])
    }
}
