import Diagnostics
import OCF
@testable import Validation
import XCTest

/// The navigation document's navs, each judged on its own as EPUBCheck's schema judges each
/// nav: a link counts for every typed nav around it, and a landmark repeats only within one
/// landmarks nav. Counts as the checker reported them before the one-walk rewrite (which
/// had merged the landmarks of two navs and judged links by their innermost nav only: found
/// by running the old and new checkers over 4,027 EPUBs).
final class NavStructureTests: XCTestCase {
    static let toc = #"<nav epub:type="toc"><h1>Contents</h1><ol><li><a href="chapter.xhtml">One</a></li></ol></nav>"#

    static func landmarks(_ items: [(type: String, href: String)]) -> String {
        #"<nav epub:type="landmarks"><ol>"# + items.map { #"<li><a epub:type="\#($0.type)" href="\#($0.href)">x</a></li>"# }.joined() + "</ol></nav>"
    }

    static func book(nav body: String) -> FixtureBook {
        FixtureBook.epub3().replacing(
            #"<nav epub:type="toc"><h1>Contents</h1><ol><li><a href="chapter.xhtml">One</a></li></ol></nav>"#,
            with: body, in: "EPUB/nav.xhtml")
    }

    func testTheSamePairInTwoLandmarksNavsIsNoDuplicate() throws {
        let nav = Self.toc + Self.landmarks([("bodymatter", "chapter.xhtml")]) + Self.landmarks([("bodymatter", "chapter.xhtml")])
        // Two landmarks navs: one RSC-005 for that, none for a duplicate landmark.
        XCTAssertEqual(try PrefixAndRefinesTests.reported(Self.book(nav: nav), name: "two-landmarks"), ["RSC-005": 1])
    }

    func testAPairRepeatedInOneLandmarksNavIsADuplicate() throws {
        let nav = Self.toc + Self.landmarks([("bodymatter", "chapter.xhtml"), ("bodymatter", "chapter.xhtml")])
        // EPUBCheck's Schematron reports each of the two links.
        XCTAssertEqual(try PrefixAndRefinesTests.reported(Self.book(nav: nav), name: "duplicate"), ["RSC-005": 2])
    }

    func testARemoteLinkInAnUntypedNavInsideTheTocIsStillTheTocs() throws {
        let nav = #"<nav epub:type="toc"><h1>Contents</h1><ol><li><a href="chapter.xhtml">One</a><nav><ol><li><a href="https://example.org/">Remote</a></li></ol></nav></li></ol></nav>"#
        // NAV-010 for the toc's remote link, RSC-005 for the nav where the toc's li allows an ol.
        XCTAssertEqual(try PrefixAndRefinesTests.reported(Self.book(nav: nav), name: "nested"), ["NAV-010": 1, "RSC-005": 1])
    }

    func testALandmarkRepeatedInANestedNavCountsForTheOuterOne() throws {
        let nav = Self.toc + #"<nav epub:type="landmarks"><ol><li><a epub:type="bodymatter" href="chapter.xhtml">x</a></li><li><span>y</span><nav epub:type="page-list"><ol><li><a epub:type="bodymatter" href="chapter.xhtml">x</a></li></ol></nav></li></ol></nav>"#
        // Both links of the repeated pair, the span's li without its ol, the nav in the li (EPUBCheck 5.3: 4).
        XCTAssertEqual(try PrefixAndRefinesTests.reported(Self.book(nav: nav), name: "nested-landmark")["RSC-005"], 4)
    }
}
