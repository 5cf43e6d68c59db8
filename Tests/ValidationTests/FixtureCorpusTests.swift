import Diagnostics
import Foundation
import OCF
import Validation
import XCTest

/// What the probes' scenarios do not say on their own: exact columns, and that a valid probe is
/// silent at every level and still yields the publication's facts.
final class FixtureCorpusTests: XCTestCase {
    /// Messages about an element point where EPUBCheck points: the line and column just after
    /// its start tag. EPUBCheck 5.3 placed both messages of this fixture at chapter.xhtml(6,106).
    func testElementMessagesHaveEPUBChecksLineAndColumn() throws {
        let probe = try XCTUnwrap(Probes.all.first { $0.name == "xhtml-url-second-hash-remote-error" })
        let places = Set(try probe.run().map { "\($0.id) \($0.location?.line ?? 0):\($0.location?.column ?? 0)" })
        XCTAssertEqual(places, ["RSC-020 6:106", "RSC-005 6:106"])
    }

    func testValidProbesReportNothingAtAll() throws {
        // A probe EPUBCheck passes with an info note says so in its name (`-info`), and its
        // expectations name the note.
        for probe in Probes.all where probe.epubcheck.isEmpty && probe.difference == nil && !probe.name.hasSuffix("-info") {
            // Imprint's own notes (an internal entity it leaves unexpanded) say nothing about
            // validity, nor do usage notes (OPF-003 for a file the manifest leaves out, as
            // EPUBCheck gives with --usage).
            let said = try probe.run().filter { !($0.id.hasPrefix("IMP-") && $0.severity < .warning) && $0.severity > .usage }
            XCTAssertEqual(said.map(\.id), [], probe.name)
        }
    }

    func testValidFixtureYieldsItsTitle() throws {
        var sink = DiagnosticSink()
        let (listing, publication) = try XCTUnwrap(Archive.read(data: try FixtureBook.epub3().archive(), name: "f.epub", sink: &sink))
        let info = Checker().check(publication, listing: listing, container: "f.epub", sink: &sink)
        XCTAssertEqual(info?.title, "Fixture")
    }
}
