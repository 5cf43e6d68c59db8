import Diagnostics
import Foundation
import OCF
import TestSupport
@testable import Validation
import XCTest

/// The package's `prefix` attribute and its `refines` graph against EPUBCheck 5.3's verdicts,
/// recorded by putting each value in the package of an otherwise valid EPUB 3 (this file's
/// `book`) and running EPUBCheck 5.3 on it. Each case lists the IDs EPUBCheck reported at
/// warning level and above, with how often (EPUBCheck reports them all at the package start
/// tag for a prefix, at the `metadata` end tag for OPF-065).
final class PrefixAndRefinesTests: XCTestCase {
    static func book(prefix: String? = nil, metadata: String = "") -> FixtureBook {
        var b = FixtureBook.epub3(metadataExtra: metadata)
        if let prefix {
            b = b.replacing("unique-identifier=\"uid\">", with: "unique-identifier=\"uid\" prefix=\"\(prefix)\">", in: "EPUB/package.opf")
        }
        return b.replacing("<dc:title>", with: "<dc:title id=\"t\">", in: "EPUB/package.opf")
    }

    /// Every ID the checker reports at warning level and above, counted.
    static func reported(_ book: FixtureBook, name: String) throws -> [String: Int] {
        var sink = DiagnosticSink()
        let data = try book.archive()
        if let (listing, publication) = Archive.read(data: data, name: name + ".epub", sink: &sink) {
            _ = Checker().check(publication, listing: listing, container: name + ".epub", sink: &sink)
        }
        var counts: [String: Int] = [:]
        for d in sink.diagnostics where d.severity >= .warning { counts[d.id, default: 0] += 1 }
        return counts
    }

    // MARK: prefix

    /// (prefix attribute as written in the XML, EPUBCheck 5.3's findings)
    static let prefixVerdicts: [(String, [String: Int])] = [
        ("foaf: http://xmlns.com/foaf/spec/", [:]),
        ("foaf:http://x.org/", ["OPF-004d": 1]),
        ("foaf: http://x.org/ bar: ", ["OPF-005": 1]),
        ("foaf: http://x.org/ bar:", ["OPF-005": 1]),
        // a prefix twice: EPUBCheck says nothing (and stops reading the package document)
        ("foaf: http://a.org/ foaf: http://b.org/", [:]),
        ("foaf: http://a.org/ foaf: http://a.org/", [:]),
        ("_: http://x.org/ _: http://y.org/", [:]),
        ("dcterms: http://example.org/", ["OPF-007": 1]),
        ("dcterms: http://purl.org/dc/terms/", [:]),
        ("_: http://x.org/", ["OPF-007a": 1]),
        ("Foaf: http://x.org/", [:]),
        (" foaf: http://x.org/", ["OPF-004": 1]),
        ("foaf: http://x.org/ ", ["OPF-004": 1]),
        ("&#10;foaf: http://x.org/", ["OPF-004": 1]),
        ("foaf: http://x.org/&#10;dbp: http://y.org/", [:]),
        ("foaf: http://x.org/\n    dbp: http://y.org/", [:]),
        ("foaf: http://x.org/&#9;dbp: http://y.org/", [:]),
        ("foaf: http://x.org/&#13;dbp: http://y.org/", [:]),
        ("foaf:&#9;http://x.org/", ["OPF-004e": 1]),
        ("foaf:&#160;http://x.org/", ["OPF-004e": 1]),
        ("foaf:  http://x.org/", [:]),
        ("foaf: http://a.org/    dbp: http://b.org/", [:]),
        ("", [:]),
        (" ", ["OPF-004": 1]),
        (": http://x.org/", ["OPF-004a": 1]),
        (":", ["OPF-004a": 1, "OPF-005": 1]),
        ("1foaf: http://x.org/", ["OPF-004b": 1]),
        ("été: http://x.org/", [:]),
        ("a.b-c_d: http://x.org/", [:]),
        ("foaf : http://x.org/", ["OPF-004c": 1]),
        ("foaf http://x.org/", ["OPF-004c": 1]),
        ("http://x.org/", ["OPF-004d": 1]),
        ("a:b: http://x.org/", ["OPF-004d": 2, "OPF-006": 1]),
        ("foaf:: http://x.org/", [:]),
        ("foaf:   ", ["OPF-005": 1]),
        ("foaf: http://a.org/dbp: http://b.org/", ["OPF-004d": 1]),
        ("foaf: http://ex^ample.org/", ["OPF-006": 1]),
        ("foaf: http://x.org/%zz", ["OPF-006": 1]),
        ("isbn: urn:isbn:", [:]),
        ("rel: foo/bar", [:]),
        ("meta: http://idpf.org/epub/vocab/package/meta/#", ["OPF-007b": 1]),
        ("item: http://idpf.org/epub/vocab/package/item/#", ["OPF-007b": 1]),
        ("l: http://idpf.org/epub/vocab/package/link/#", ["OPF-007b": 1]),
        ("ir: http://idpf.org/epub/vocab/package/itemref/#", ["OPF-007b": 1]),
        ("dc: http://purl.org/dc/elements/1.1/", ["OPF-007c": 1]),
        ("rendition: http://example.org/", ["OPF-007": 1]),
        ("rendition: http://www.idpf.org/vocab/rendition/#", [:]),
        ("a11y: http://example.org/", ["OPF-007": 1]),
        ("media: http://example.org/", ["OPF-007": 1]),
        ("schema: http://example.org/", ["OPF-007": 1]),
        ("marc: http://example.org/m onix: http://example.org/o xsd: http://example.org/x", ["OPF-007": 3]),
        ("msv: http://example.org/m prism: http://example.org/p", [:]),
        ("sc: http://idpf.org/epub/vocab/sc/#", [:]),
    ]

    func testPrefixDeclarationsReportWhatEPUBCheckReports() throws {
        for (i, (prefix, expected)) in Self.prefixVerdicts.enumerated() {
            let got = try Self.reported(Self.book(prefix: prefix), name: "prefix-\(i)")
            XCTAssertEqual(got, expected, "prefix=\"\(prefix)\"")
        }
    }

    /// A declared prefix makes its properties known; a refused mapping (`_`, a default
    /// vocabulary) declares nothing, so its properties are OPF-028, as in EPUBCheck.
    func testDeclaredPrefixesComeFromTheWellFormedMappings() {
        XCTAssertEqual(PrefixRule.declaredPrefixes("foaf: http://a.org/ dbp: http://b.org/"), ["foaf", "dbp"])
        XCTAssertEqual(PrefixRule.declaredPrefixes("foaf:http://a.org/ dbp: http://b.org/"), ["dbp"])
        XCTAssertEqual(PrefixRule.declaredPrefixes("foaf: http://a.org/dbp: http://b.org/"), ["foaf"])
        XCTAssertEqual(PrefixRule.declaredPrefixes("_: http://a.org/ m: http://idpf.org/epub/vocab/package/meta/#"), [])
        XCTAssertEqual(PrefixRule.declaredPrefixes("d: http://purl.org/dc/elements/1.1/ x: urn:x"), ["x"])
    }

    /// A used prefix whose declaration is valid reports nothing (EPUBCheck: valid).
    func testAPropertyWithADeclaredPrefixIsValid() throws {
        let book = Self.book(prefix: "foaf: http://xmlns.com/foaf/spec/", metadata: "\n    <meta property=\"foaf:name\">x</meta>")
        XCTAssertEqual(try Self.reported(book, name: "prefix-used"), [:])
    }

    /// The parser's findings carry EPUBCheck's arguments: the prefix being read ("null" when
    /// none was), the URI it could not parse.
    func testPrefixDeclarationProblemsNameWhatEPUBCheckNames() {
        XCTAssertEqual(PrefixDeclaration("a:b: http://x.org/").problems,
                       [.missingSpace("a"), .invalidURI("b:"), .missingSpace("http")])
        XCTAssertEqual(PrefixDeclaration("foaf http://x.org/").problems, [.missingColon("foaf")])
        XCTAssertEqual(PrefixDeclaration(":").problems, [.emptyPrefix, .missingURI(nil)])
        XCTAssertEqual(PrefixDeclaration("foaf: http://x.org/ bar:").problems, [.missingURI("bar")])
        XCTAssertEqual(PrefixDeclaration("foaf:\thttp://x.org/").mappings.map(\.prefix), ["foaf"])
    }

    /// `java.net.URI` syntax, which EPUBCheck asks of a prefix's URI.
    func testJavaURISyntax() {
        for valid in ["http://x.org/", "urn:isbn:", "foo/bar", "http://x.org/a#b", "http://x.org/?q=[1]", "http:///p", "#f", "x",
                      "http://é.org/", "mailto:a@b.org", "http://x.org/%20"] {
            XCTAssertTrue(JavaURI.isValid(valid), valid)
        }
        for invalid in ["b:", "http://", "http://ex^ample.org/", "http://x.org/%zz", "http://x.org/%2", "1a:b", "http://x.org/a#b#c",
                        "http://x.org/<a>", "http://x.org/a|b", "http://x.org/{a}", "x/[y]"] {
            XCTAssertFalse(JavaURI.isValid(invalid), invalid)
        }
    }

    // MARK: refines

    static func meta(_ id: String?, refines: String?, property: String = "file-as", _ value: String = "x") -> String {
        "\n    <meta" + (id.map { " id=\"\($0)\"" } ?? "") + (refines.map { " refines=\"\($0)\"" } ?? "") + " property=\"\(property)\">\(value)</meta>"
    }

    /// (name, prefix attribute, metadata added to the fixture, EPUBCheck 5.3's findings)
    static let refinesVerdicts: [(String, String?, String, [String: Int])] = [
        ("a refines b refines a", nil, meta("a", refines: "#b") + meta("b", refines: "#a", "y"), ["OPF-065": 1]),
        ("a refines itself", nil, meta("a", refines: "#a"), ["OPF-065": 1]),
        ("a → c → b → a, and a refined from outside", nil,
         meta("a", refines: "#c") + meta("b", refines: "#a", "y") + meta("c", refines: "#b", "z")
             + meta(nil, refines: "#a", property: "display-seq", "1"), ["OPF-065": 1]),
        ("two cycles: one message per metadata block", nil,
         meta("a", refines: "#b") + meta("b", refines: "#a", "y") + meta("c", refines: "#c", "z"), ["OPF-065": 1]),
        ("cycle through declared prefixes", "foaf: http://xmlns.com/foaf/spec/",
         meta("a", refines: "#b", property: "foaf:x") + meta("b", refines: "#a", property: "foaf:y", "y"), ["OPF-065": 1]),
        // a meta EPUBCheck cannot resolve leaves the block: the cycle is not seen
        ("cycle through an undeclared prefix", nil,
         meta("a", refines: "#b", property: "foo:bar") + meta("b", refines: "#a", "y"), ["OPF-028": 1]),
        ("a chain ending at the identifier", nil,
         meta("a", refines: "#uid", property: "identifier-type", "15") + meta("b", refines: "#a", "y"), [:]),
    ]

    func testRefinesCyclesAreReportedAsEPUBCheckReportsThem() throws {
        for (name, prefix, metadata, expected) in Self.refinesVerdicts {
            XCTAssertEqual(try Self.reported(Self.book(prefix: prefix, metadata: metadata), name: "refines"), expected, name)
        }
    }

    /// A long chain is followed without recursion (EPUBCheck 5.3: valid), and closing it into a
    /// loop is found. Both are checked on a 128 KiB stack (`SmallStack`), where following 1,000
    /// links by recursion overflows and crashes the process; it was 5,000 links on the main
    /// thread's 8 MiB (1.3 s of the suite).
    func testLongRefinesChains() throws {
        let chain = Self.longChain
        XCTAssertEqual(try Self.longChainFindings.get(), [:])
        let loop = chain.replacingOccurrences(of: "id=\"m0\" refines=\"#t\"", with: "id=\"m0\" refines=\"#m\(Self.longChainLength - 1)\"")
        XCTAssertNotEqual(loop, chain)
        XCTAssertEqual(try Self.onSmallStack { try Self.reported(Self.book(metadata: loop), name: "loop") }, ["OPF-065": 1])
    }

    /// EPUBCheck 5.3 places OPF-065 just after the metadata block's end tag.
    func testRefinesCycleIsReportedAtTheMetadataEndTag() throws {
        let book = Self.book(metadata: Self.meta("a", refines: "#a"))
        var sink = DiagnosticSink()
        let (listing, publication) = try XCTUnwrap(Archive.read(data: try book.archive(), name: "c.epub", sink: &sink))
        _ = Checker().check(publication, listing: listing, container: "c.epub", sink: &sink)
        let opf = try XCTUnwrap(book.files.first { $0.path == "EPUB/package.opf" }?.text)
        let endLine = try XCTUnwrap(opf.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("</metadata>") }) + 1
        XCTAssertEqual(sink.diagnostics.map { "\($0.id) \($0.location?.line ?? 0):\($0.location?.column ?? 0)" }, ["OPF-065 \(endLine):14"])
    }

    // MARK: meta properties

    /// (prefix attribute, metadata added, EPUBCheck 5.3's findings): a meta whose property no
    /// checked vocabulary defines is OPF-027 (found while probing refines cycles: it was accepted).
    static let propertyVerdicts: [(String?, String, [String: Int])] = [
        (nil, meta("a", refines: "#b", property: "nonsense") + meta("b", refines: "#a", "y"), ["OPF-027": 1]),
        ("_: http://a.org/", "\n    <meta property=\"nonsense\">x</meta>", ["OPF-007a": 1, "OPF-027": 1]),
        (nil, meta(nil, refines: nil, property: "rendition:foo"), ["OPF-027": 1]),
        (nil, meta(nil, refines: nil, property: "a11y:certifiedBy"), [:]),
        // one property per meta (OPF-025, with the schema's NMTOKEN), both halves of a prefixed one (OPF-026)
        (nil, meta(nil, refines: "#t", property: "file-as display-seq"), ["OPF-025": 1, "RSC-005": 1]),
        (nil, meta(nil, refines: nil, property: ":foo"), ["OPF-026": 1]),
        (nil, meta(nil, refines: nil, property: "dcterms:"), ["OPF-026": 1]),
    ]

    func testMetaPropertiesComeFromTheirVocabularies() throws {
        for (prefix, metadata, expected) in Self.propertyVerdicts {
            XCTAssertEqual(try Self.reported(Self.book(prefix: prefix, metadata: metadata), name: "property"), expected, metadata)
        }
    }

    // MARK: the package Schematron's refines rules

    static let creator = "\n    <dc:creator id=\"c\">A</dc:creator>", subject = "\n    <dc:subject id=\"s\">x</dc:subject>"

    /// (name, metadata added, EPUBCheck 5.3's findings): all RSC-005 but the path one (RSC-017).
    static let schematronVerdicts: [(String, String, [String: Int])] = [
        ("file-as twice on one expression", meta(nil, refines: "#t") + meta(nil, refines: "#t"), ["RSC-005": 1]),
        ("file-as twice on the publication", meta(nil, refines: nil) + meta(nil, refines: nil), ["RSC-005": 1]),
        ("file-as on two expressions", creator + meta(nil, refines: "#t") + meta(nil, refines: "#c"), [:]),
        ("display-seq twice", meta(nil, refines: "#t", property: "display-seq", "1") + meta(nil, refines: "#t", property: "display-seq", "2"),
         ["RSC-005": 1]),
        ("group-position twice", meta(nil, refines: "#t", property: "group-position", "1") + meta(nil, refines: "#t", property: "group-position", "2"),
         ["RSC-005": 1]),
        ("title-type twice", meta(nil, refines: "#t", property: "title-type", "main") + meta(nil, refines: "#t", property: "title-type", "main"),
         ["RSC-005": 1]),
        ("identifier-type on a title", meta(nil, refines: "#t", property: "identifier-type", "15"), ["RSC-005": 1]),
        ("role on a title", meta(nil, refines: "#t", property: "role", "aut"), ["RSC-005": 1]),
        ("two roles on a creator", creator + meta(nil, refines: "#c", property: "role", "aut") + meta(nil, refines: "#c", property: "role", "edt"), [:]),
        ("term on a title", meta(nil, refines: "#t", property: "term", "x"), ["RSC-005": 1]),
        ("authority without term", subject + meta(nil, refines: "#s", property: "authority", "BISAC"), ["RSC-005": 1]),
        ("authority and term", subject + meta(nil, refines: "#s", property: "authority", "BISAC") + meta(nil, refines: "#s", property: "term", "FIC000000"),
         [:]),
        ("absolute refines", meta(nil, refines: "http://x.org/#t"), ["RSC-005": 1]),
        ("refines by path", meta(nil, refines: "chapter.xhtml"), ["RSC-017": 1]),
        ("refines=\"#\"", meta(nil, refines: "#"), [:]),
        ("refines with spaces", meta(nil, refines: " #t "), [:]),
        ("record link with refines",
         "\n    <link rel=\"record\" href=\"http://x.org/r.xml\" media-type=\"application/marcxml+xml\" refines=\"#t\"/>", ["RSC-005": 1]),
        ("voicing link without refines", "\n    <link rel=\"voicing\" href=\"v.mp3\" media-type=\"audio/mpeg\"/>",
         ["RSC-005": 1, "RSC-007w": 1]),
        ("chain of 1,000 alternating file-as and display-seq", longChain, [:]),
    ]

    static let longChainLength = 1_000
    static let longChain: String = {
        var chain = meta("m0", refines: "#t")
        for i in 1..<longChainLength { chain += meta("m\(i)", refines: "#m\(i - 1)", property: i.isMultiple(of: 2) ? "file-as" : "display-seq") }
        return chain
    }()

    /// The chain's findings, checked once and asserted by both tests that name it.
    static let longChainFindings = Result { try onSmallStack { try reported(book(metadata: longChain), name: "chain") } }

    static func onSmallStack<T>(_ work: @escaping () throws -> T) throws -> T {
        try SmallStack.run(bytes: 128 << 10) { Result { try work() } }.get()
    }

    func testSchematronRefinesRulesReportWhatEPUBCheckReports() throws {
        for (name, metadata, expected) in Self.schematronVerdicts {
            let found = metadata == Self.longChain ? try Self.longChainFindings.get()
                : try Self.reported(Self.book(metadata: metadata), name: "schematron")
            XCTAssertEqual(found, expected, name)
        }
    }

    func testRefinesSchemeSearchIsXPathMatches() {
        XCTAssertTrue(RefinesSchematronRule.hasScheme("http://x.org/#t"))
        XCTAssertTrue(RefinesSchematronRule.hasScheme("#a:b"))
        XCTAssertFalse(RefinesSchematronRule.hasScheme("#t"))
        XCTAssertFalse(RefinesSchematronRule.hasScheme("../a/b.xhtml#1:2"))
        XCTAssertEqual(RefinesSchematronRule.resolve("../EPUB/./chapter.xhtml", from: "EPUB/package.opf"), "EPUB/chapter.xhtml")
    }

    // MARK: collections

    static func collection(_ metadata: String) -> String {
        "\n  <collection role=\"http://example.org/roles/x\">\n    <metadata>" + metadata
            + "\n    </metadata>\n    <link href=\"chapter.xhtml\"/>\n  </collection>"
    }

    /// (name, collection added after the spine, EPUBCheck 5.3's findings)
    static let collectionVerdicts: [(String, String, [String: Int])] = [
        ("refines outside the collection", collection(meta(nil, refines: "#t", property: "dcterms:title")), ["RSC-005": 1]),
        ("refines inside the collection", collection(meta("ct", refines: nil, property: "dcterms:title") + meta(nil, refines: "#ct")), [:]),
        ("a cycle in the collection's metadata", collection(meta("ca", refines: "#ca")), ["OPF-065": 1]),
    ]

    func testCollectionMetadataRefinesAsEPUBCheckReports() throws {
        for (name, collection, expected) in Self.collectionVerdicts {
            let book = Self.book().replacing("</spine>", with: "</spine>" + collection, in: "EPUB/package.opf")
            XCTAssertEqual(try Self.reported(book, name: "collection"), expected, name)
        }
    }
}
