import Diagnostics
import Foundation
import OCF
@testable import Validation
import XCTest

/// `time@datetime` (and `ins`/`del@datetime`) values and `label@for` targets in EPUB 3 content
/// documents. Every verdict here is EPUBCheck 5.3.0's, recorded by packing each case alone
/// into a minimal EPUB 3 (mimetype, container, package, nav, one chapter) and running it.
final class TimeAndLabelTests: XCTestCase {
    /// `time@datetime` values and whether EPUBCheck accepted them (false: RSC-005).
    static let timeValues: [(value: String, valid: Bool)] = [
        ("2024-03-21", true), ("2024-03", true), ("2024", true), ("--03-21", true), ("03-21", true),
        ("2024-W12", true), ("12:30", true), ("12:30:15", true), ("12:30:15.5", true), ("12:30:15.123", true),
        ("12:30:15.1234", false),
        ("2024-03-21T12:30", true), ("2024-03-21 12:30Z", true), ("2024-03-21T12:30+01:00", true),
        ("2024-03-21T12:30+0100", true), ("2024-03-21T12:30:15.5-05:00", true), ("2024-03-21T12:30:15.123", true),
        ("2024-03-21T12:30:15Z", true),
        ("P2DT3H", true), ("P2D", true), ("PT3H", true), ("PT1.5S", true), ("PT1M", true), (" P2D", true),
        ("1H 30M", true), ("1 H 30 M", true), ("1W2D", true), ("1.5 S", true),
        ("1h 30m", false), ("1.5H", false), ("P1W", false), ("PT", false), ("P", false), ("P1DT", false),
        ("PT1.1234S", false), ("P1Y", false),
        // EPUBCheck's patterns check digits, not ranges.
        ("2024-13-01", true), ("2024-02-30", true), ("12:60", true), ("25:00", true), ("2024-W99", true),
        ("12024-03-21", true),
        ("2024-W1", false), ("12024", false), ("999", false), ("2024-3-21", false), ("--13-01", false), ("--01-32", false),
        ("March 2024", false), ("", false), (" 2024 ", true), ("\n2024-03-21\n", true), ("2024-03-21  12:30", true),
        ("T12:30", false), ("Z", false), ("+01:00", false), ("2024-03-21T12", false), ("2024-03-21T12:30z", false),
        ("2024-03-21t12:30", false), ("2024-03-21T12:30+1:00", false), ("２０２４", false), ("12:30Z", false),
        ("2024-03-21Z", false),
    ]

    /// `del@datetime` values (a date or a date and time) and EPUBCheck's verdicts.
    static let editValues: [(value: String, valid: Bool)] = [
        ("2024-03-21", true), ("2024-03-21T12:30Z", true), ("2024-03-21T12:30", true),
        ("2024", false), ("2024-03", false), ("yesterday", false),
    ]

    func testTimeValuesAsEPUBCheckJudgesThem() {
        for (value, valid) in Self.timeValues {
            XCTAssertEqual(DatetimeSyntax.isDateOrTime(value), valid, "time datetime=\"\(value)\"")
        }
        for (value, valid) in Self.editValues {
            XCTAssertEqual(DatetimeSyntax.isDateOrGlobalDateTime(value), valid, "del datetime=\"\(value)\"")
        }
    }

    /// Whole publications: one chapter body (or nav addition) each, with EPUBCheck's IDs at
    /// WARNING and above and how many RSC-005 messages it printed (nil: not compared, where
    /// Imprint reports each fault of the element on its own, as the differences page says).
    struct Case {
        var name: String
        var book: FixtureBook
        var expected: Set<String>
        var schemaMessages: Int? = 0
    }

    static func chapter(_ body: String) -> FixtureBook { FixtureBook.epub3(chapter: "<section id=\"one\"><h1>One</h1>\n\(body)\n</section>") }
    static func navAdding(_ body: String, chapter: String = "<p>x</p>") -> FixtureBook {
        Self.chapter(chapter).replacing("</nav>", with: "</nav>" + body, in: "EPUB/nav.xhtml")
    }
    static func epub2(_ body: String) -> FixtureBook {
        FixtureBook.epub2().replacing("<p>It was a dark night.</p>", with: body, in: "EPUB/chapter.xhtml")
    }

    static var cases: [Case] {
        [
            Case(name: "time-forms-valid", book: chapter("""
                <p><time datetime="2024-03-21">a</time> <time datetime="2024-03">b</time> <time datetime="2024">c</time>
                <time datetime="--03-21">d</time> <time datetime="2024-W12">e</time> <time datetime="12:30:15.5">f</time>
                <time datetime="2024-03-21 12:30Z">g</time> <time datetime="2024-03-21T12:30+01:00">h</time>
                <time datetime="P2DT3H">i</time> <time datetime="1H 30M">j</time> <time datetime="2024-13-01">k</time>
                <time>March 2024</time> <time datetime="2024"><b>year</b></time></p>
                """), expected: []),
            Case(name: "time-words", book: chapter("<p><time datetime=\"March 2024\">x</time></p>"), expected: ["RSC-005"], schemaMessages: 1),
            Case(name: "time-lower-case-units", book: chapter("<p><time datetime=\"1h 30m\">x</time></p>"), expected: ["RSC-005"], schemaMessages: 1),
            Case(name: "time-empty", book: chapter("<p><time datetime=\"\">x</time></p>"), expected: ["RSC-005"], schemaMessages: 1),
            Case(name: "time-text-with-markup", book: chapter("<p><time><b>2024</b></time></p>"), expected: ["RSC-005"], schemaMessages: 1),
            Case(name: "time-in-nav", book: navAdding("<p><time datetime=\"March\">x</time></p>"), expected: ["RSC-005"], schemaMessages: 1),
            Case(name: "del-date-and-time", book: chapter("<p><del datetime=\"2024-03-21T12:30Z\">x</del><ins datetime=\"2024-03-21\">y</ins></p>"),
                 expected: []),
            Case(name: "del-month", book: chapter("<p><del datetime=\"2024-03\">x</del></p>"), expected: ["RSC-005"], schemaMessages: 1),
            Case(name: "epub2-del-words", book: epub2("<p><del datetime=\"yesterday\">x</del></p>"), expected: []),
            Case(name: "epub2-time", book: epub2("<p><time datetime=\"2024\">x</time></p>"), expected: ["RSC-005"], schemaMessages: nil),

            Case(name: "label-input", book: chapter("<p><label for=\"in\">Name</label><input id=\"in\"/></p>"), expected: []),
            Case(name: "label-every-control", book: chapter("""
                <p><label for="a">a</label><button id="a">b</button><label for="b">b</label><meter id="b" value="1">m</meter>
                <label for="c">c</label><output id="c">o</output><label for="d">d</label><progress id="d">p</progress>
                <label for="e">e</label><select id="e"><option>o</option></select><label for="f">f</label><textarea id="f">t</textarea>
                <label for="g">g</label><input id="g" type="checkbox"/><label for="g">again</label></p>
                """), expected: []),
            Case(name: "label-nested-control", book: chapter("<p><label>Name <input type=\"text\"/></label></p>"), expected: []),
            Case(name: "label-hidden-input", book: chapter("<p><label for=\"in\">Name</label><input id=\"in\" type=\"hidden\"/></p>"),
                 expected: ["RSC-005"], schemaMessages: 1),
            Case(name: "label-hidden-upper-case", book: chapter("<p><label for=\"in\">Name</label><input id=\"in\" type=\"HIDDEN\"/></p>"),
                 expected: ["RSC-005"], schemaMessages: 1),
            Case(name: "label-hidden-with-space", book: chapter("<p><label for=\"in\">Name</label><input id=\"in\" type=\" hidden\"/></p>"),
                 expected: []),
            Case(name: "label-div", book: chapter("<p><label for=\"d\">Name</label></p><div id=\"d\">x</div>"), expected: ["RSC-005"], schemaMessages: 1),
            Case(name: "label-missing-id", book: chapter("<p><label for=\"nope\">Name</label></p>"), expected: ["RSC-005"], schemaMessages: 1),
            Case(name: "label-other-case", book: chapter("<p><label for=\"IN\">Name</label><input id=\"in\"/></p>"), expected: ["RSC-005"], schemaMessages: 1),
            Case(name: "label-empty-for", book: chapter("<p><label for=\"\">Name</label><input id=\"in\"/></p>"), expected: ["RSC-005"], schemaMessages: 2),
            Case(name: "label-for-with-space", book: chapter("<p><label for=\" in\">Name</label><input id=\"in\"/></p>"), expected: ["RSC-005"], schemaMessages: 2),
            Case(name: "label-control-in-other-document", book: navAdding("<p><label for=\"in\">Name</label></p>", chapter: "<p><input id=\"in\"/></p>"),
                 expected: ["RSC-005"], schemaMessages: 1),
            Case(name: "epub2-label", book: epub2("<p><label for=\"nope\">Name</label></p>"), expected: ["RSC-005"], schemaMessages: nil),
        ]
    }

    func testPublicationsReportEPUBChecksMessages() throws {
        let out = ProcessInfo.processInfo.environment["FIXTURES_OUT"]
        for c in Self.cases {
            let data = try c.book.archive()
            if let out { try data.write(to: URL(fileURLWithPath: "\(out)/\(c.name).epub")) }
            var sink = DiagnosticSink()
            let (listing, publication) = try XCTUnwrap(Archive.read(data: data, name: c.name + ".epub", sink: &sink))
            _ = Checker().check(publication, listing: listing, container: c.name + ".epub", sink: &sink)
            let messages = sink.diagnostics.filter { $0.severity >= .warning }
            XCTAssertEqual(Set(messages.map(\.id)), c.expected, "\(c.name): \(messages.map { "\($0.id) \($0.message)" })")
            if let count = c.schemaMessages {
                XCTAssertEqual(messages.filter { $0.id == "RSC-005" }.count, count, "\(c.name): \(messages.map(\.message))")
            }
        }
    }

    /// Messages sit where EPUBCheck puts them: just after the start tag of the element.
    func testMessagesPointAtTheElement() throws {
        let book = Self.chapter("<p><label for=\"x\">a</label> <time datetime=\"soon\">b</time> <time><i>c</i></time></p>")
        var sink = DiagnosticSink()
        let (listing, publication) = try XCTUnwrap(Archive.read(data: try book.archive(), name: "f.epub", sink: &sink))
        _ = Checker().check(publication, listing: listing, container: "f.epub", sink: &sink)
        let places = sink.diagnostics.filter { $0.id == "RSC-005" }.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0)" }
        XCTAssertEqual(Set(places), ["7:19", "7:51", "7:69"])
    }
}
