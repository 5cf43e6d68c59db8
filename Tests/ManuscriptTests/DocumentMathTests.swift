import BookModel
import Diagnostics
import Foundation
@testable import Manuscript
import TestSupport
import XMLSupport
import XCTest

/// Equations in Word (Office Math, OMML) and OpenDocument (MathML formula objects) become
/// formulas: pandoc-math.docx / .odt (pandoc from pandoc-math.md's TeX), word-math.docx (OMML
/// as Word's equation editor writes it, by make-fixtures.py) and lo-math.odt (LibreOffice's
/// .odt of pandoc-math.docx).
final class DocumentMathTests: XCTestCase {
    /// Every formula in the manuscript, in reading order.
    static func formulas(_ manuscript: Manuscript) -> [MathFormula] {
        func walk(_ inlines: [Inline]) -> [MathFormula] {
            inlines.flatMap { inline -> [MathFormula] in
                switch inline {
                case .math(let formula): return [formula]
                case .link(_, _, let c), .span(_, _, let c), .emphasis(let c), .strong(let c): return walk(c)
                default: return []
                }
            }
        }
        return manuscript.chapters.flatMap { chapter in
            chapter.blocks.flattened.flatMap { block -> [MathFormula] in
                if case .paragraph(let content, _) = block { return walk(content) } else { return [] }
            }
        }
    }

    func testPandocDocxEquationsAreFormulas() throws {
        let (m, sink) = try WordFixture.chapters("pandoc-math.docx")
        XCTAssertEqual(sink.diagnostics.filter { $0.severity >= .warning }.map(\.message), [])
        let formulas = Self.formulas(m)
        XCTAssertEqual(formulas.map(\.display), [false, false, false, true, true, true, true, true, true, true])
        // $\frac{a+b}{2}$ in the line.
        XCTAssertEqual(formulas[0].root, .row([.fraction(.row([.identifier("a"), .op("+"), .identifier("b")]), .number("2"))]))
        XCTAssertEqual(formulas[0].source, "(a + b)/2")
        XCTAssertEqual(formulas[2].root, .row([.scripts(.identifier("x"), sub: .identifier("i"), sup: .identifier("n"))]))
        // \sqrt[3]{x} + \sqrt{y} = \sum_{k=1}^{n} k^{2}: the sum's limits under and over it.
        XCTAssertEqual(formulas[3].root, .row([
            .root(.identifier("x"), index: .number("3")), .op("+"), .root(.identifier("y"), index: nil), .op("="),
            .scripts(.op("∑", .large), sub: .row([.identifier("k"), .op("="), .number("1")]), sup: .identifier("n"), limits: true),
            .scripts(.identifier("k"), sub: nil, sup: .number("2")),
        ]))
        // The integral's limits beside it (limLoc subSup).
        guard case .row(let integral) = formulas[4].root, case .scripts(.op("∫", .large), _, _, false) = integral[0] else {
            return XCTFail("\(formulas[4].root)")
        }
        // (a/b) with stretchy fences, \binom as a fraction without a bar, \lim with its limit under it.
        guard case .row(let third) = formulas[5].root else { return XCTFail() }
        XCTAssertEqual(third[0], .row([.op("(", .fence(opening: true)), .fraction(.identifier("a"), .identifier("b")),
                                       .op(")", .fence(opening: false))]))
        XCTAssertEqual(third[2], .row([.op("(", .fence(opening: true)), .fraction(.identifier("n"), .identifier("k"), thin: true),
                                       .op(")", .fence(opening: false))]))
        XCTAssertEqual(third[4], .scripts(.identifier("lim"), sub: .row([.identifier("x"), .op("→"), .number("0")]), sup: nil, limits: true))
        XCTAssertEqual(third[5], .identifier("sin"))
        // Accents as spacing marks; \mathbf bold italic (pandoc's choice); \mathrm{d} upright.
        guard case .row(let accents) = formulas[6].root else { return XCTFail() }
        XCTAssertEqual(accents[0], .accent(.identifier("x"), mark: "^"))
        XCTAssertEqual(accents[4], .accent(.identifier("z"), mark: "¯"))
        XCTAssertEqual(accents[6], .identifier("v", variant: "bold-italic"))
        XCTAssertEqual(accents[8], .identifier("d", variant: "normal"))
        // The matrix in parentheses.
        XCTAssertEqual(formulas[7].root, .row([.row([.op("(", .fence(opening: true)),
                                                      .table([[.number("1"), .number("2")], [.number("3"), .number("4")]]),
                                                      .op(")", .fence(opening: false))])]))
    }

    func testWordEquationEditorStructures() throws {
        let (m, sink) = try WordFixture.chapters("word-math.docx")
        XCTAssertEqual(sink.diagnostics.filter { $0.severity >= .warning }.map(\.message), [])
        let formulas = Self.formulas(m)
        XCTAssertEqual(formulas.count, 10)
        XCTAssertEqual(formulas.map(\.display), [false, false, true, true, true, true, true, true, true, true])
        // m:func: the name, function application, the argument.
        XCTAssertEqual(formulas[0].root, .row([.identifier("sin"), .op("\u{2061}"), .identifier("θ")]))
        XCTAssertEqual(formulas[0].source, "sin θ")
        // A linear fraction stays on the line.
        XCTAssertEqual(formulas[1].root, .row([.row([.number("1"), .op("/"), .number("2")])]))
        // The equation array, aligned at & (right, then left).
        XCTAssertEqual(formulas[2].root, .row([.table([
            [.row([.identifier("x"), .op("+"), .identifier("y")]), .row([.op("="), .number("2")])],
            [.row([.identifier("x"), .op("−"), .identifier("y")]), .row([.op("="), .number("0")])],
        ], columnAlignments: ["right", "left"])]))
        // An overbrace with its label over it.
        XCTAssertEqual(formulas[3].root, .row([.scripts(.accent(.row([.identifier("a"), .op("+"), .identifier("b")]), mark: "⏞"),
                                                        sub: nil, sup: .identifier("n"), limits: true)]))
        // Pre-scripts before an upright C.
        XCTAssertEqual(formulas[4].root, .row([.scripts(.row([]), sub: .number("6"), sup: .number("14")), .identifier("C", variant: "normal")]))
        // Box and border box keep their content; the hidden phantom is gone.
        XCTAssertEqual(formulas[5].linearText(), "dx + E = m c^2")
        // m:nary without m:chr is an integral, its limits beside it.
        guard case .row(let integral) = formulas[6].root else { return XCTFail() }
        XCTAssertEqual(integral[0], .scripts(.op("∫", .large), sub: .identifier("a"), sup: .identifier("b"), limits: false))
        // Two arguments of m:d with the default separator; double-struck R, normal text, bold F.
        XCTAssertEqual(formulas[7].root, .row([
            .row([.op("(", .fence(opening: true)), .identifier("a"), .op("|"), .identifier("b"), .op(")", .fence(opening: false))]),
            .op("∈"), .identifier("R", variant: "double-struck"), .text(" for all "), .identifier("F", variant: "bold"),
        ]))
        // A hidden degree is a square root; a decimal is one number.
        XCTAssertEqual(formulas[8].root, .row([.root(.number("2"), index: nil), .op("≈"), .number("1.414")]))
        // The equation outside any paragraph is a paragraph of its own.
        XCTAssertEqual(formulas[9].source, "e^(iπ) + 1 = 0")
    }

    func testUnknownOfficeMathElementKeepsItsTextAndIsReported() throws {
        let xml = """
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><w:body><w:p>
        <m:oMath><m:r><m:t>x=</m:t></m:r>
        <m:future><m:e><m:r><m:t>y</m:t></m:r></m:e></m:future></m:oMath></w:p></w:body></w:document>
        """
        var sink = DiagnosticSink()
        let root = try XCTUnwrap(XMLSupport.XMLParser.parse(Data(xml.utf8), location: SourceLocation(file: "document.xml"), sink: &sink)?.root)
        let oMath = try XCTUnwrap(root.first("oMath"))
        let (formula, unknown) = OfficeMathReader.read(oMath, display: false)
        XCTAssertEqual(formula.root, .row([.identifier("x"), .op("="), .text("y")]))
        XCTAssertEqual(unknown, [.init(name: "m:future", line: 3)])
    }

    func testManualLineBreaksInAnEquationAreLines() throws {
        func formula(_ body: String) throws -> MathFormula {
            let xml = "<m:oMath xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\">" + body + "</m:oMath>"
            var sink = DiagnosticSink()
            let oMath = try XCTUnwrap(XMLSupport.XMLParser.parse(Data(xml.utf8), location: SourceLocation(file: "document.xml"), sink: &sink)?.root)
            return OfficeMathReader.read(oMath, display: true).formula
        }
        func run(_ text: String, brk: String? = nil) -> String {
            "<m:r>" + (brk.map { "<m:rPr>\($0)</m:rPr>" } ?? "") + "<m:t>\(text)</m:t></m:r>"
        }
        // A break with no alignment: the lines one under another, from their start.
        let plain = try formula(run("a=b+c") + run("+d", brk: "<m:brk/>"))
        XCTAssertEqual(plain.root, .table([[.row([.identifier("a"), .op("="), .identifier("b"), .op("+"), .identifier("c")])],
                                           [.row([.op("+"), .identifier("d")])]], columnAlignments: ["left"]))
        XCTAssertEqual(plain.source, "a = b + c; + d")
        // Aligned at the first operator of the line before (the `=`), as Word's "align at =".
        let aligned = try formula(run("y=x+1") + run("=z", brk: "<m:brk m:alnAt=\"1\"/>"))
        XCTAssertEqual(aligned.root, .table([[.row([.identifier("y")]), .row([.op("="), .identifier("x"), .op("+"), .number("1")])],
                                             [.row([]), .row([.op("="), .identifier("z")])]], columnAlignments: ["right", "left"]))
        // A break on the first run breaks nothing; without breaks the equation is one row.
        XCTAssertEqual(try formula(run("x", brk: "<m:brk/>") + run("=1")).root, .row([.identifier("x"), .op("="), .number("1")]))
    }

    func testMathMLFencesPrescriptsAndUnknownElements() throws {
        let xml = """
        <math xmlns="http://www.w3.org/1998/Math/MathML" display="inline"><mfenced open="[" close="]"><mi>a</mi><mi>b</mi></mfenced>
        <mmultiscripts><mi>C</mi><none/><none/><mprescripts/><mn>6</mn><mn>14</mn></mmultiscripts>
        <mi>−</mi><mblink><mi>z</mi></mblink></math>
        """
        var sink = DiagnosticSink()
        let math = try XCTUnwrap(XMLSupport.XMLParser.parse(Data(xml.utf8), location: SourceLocation(file: "Object 1/content.xml"), sink: &sink)?.root)
        let (formula, unknown) = MathMLReader.read(math, inParagraphAlone: true)
        XCTAssertFalse(formula.display, "display=\"inline\" is kept")
        XCTAssertEqual(formula.root, .row([
            .row([.op("[", .fence(opening: true)), .identifier("a"), .op(","), .identifier("b"), .op("]", .fence(opening: false))]),
            .scripts(.row([]), sub: .number("6"), sup: .number("14")), .identifier("C"),
            .op("−"), .text("z"),
        ]))
        XCTAssertEqual(unknown, [.init(name: "mblink", line: 3)])
    }

    func testOpenDocumentFormulasFromPandocAndLibreOffice() throws {
        for name in ["pandoc-math.odt", "lo-math.odt"] {
            let (m, sink) = try WordFixture.chapters(name)
            XCTAssertEqual(sink.diagnostics.filter { $0.severity >= .warning }.map(\.message), [], name)
            let formulas = Self.formulas(m)
            // LibreOffice marks every formula display="block": those in a line of text stay inline.
            XCTAssertEqual(formulas.map(\.display), [false, false, false, true, true, true, true, true, true, true], name)
            XCTAssertEqual(formulas[0].root, .row([.fraction(.row([.identifier("a"), .op("+"), .identifier("b")]), .number("2"))]), name)
            XCTAssertEqual(formulas[1].root, .row([.scripts(.identifier("x"), sub: nil, sup: .number("2"))]), name)
            XCTAssertEqual(formulas[0].source, "(a + b)/2", name)
            // The accents over x and z, whether the MathML says accent="true" or not.
            func rows(_ node: MathNode) -> [MathNode] { if case .row(let inner) = node { return inner.flatMap(rows) } else { return [node] } }
            let accents = rows(formulas[6].root).filter { if case .accent = $0 { return true } else { return false } }
            XCTAssertEqual(accents.first, .accent(.identifier("x"), mark: "^"), name)
        }
        // The objects are formulas, not left-out objects or their replacement pictures.
        let (lo, _) = try WordFixture.chapters("lo-math.odt")
        XCTAssertTrue(lo.embeddedImages.isEmpty, "\(lo.embeddedImages.keys)")
    }
}

private extension MathFormula {
    func linearText() -> String { root.linearText }
}
