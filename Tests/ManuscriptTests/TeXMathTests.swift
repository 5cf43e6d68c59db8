import BookModel
import Diagnostics
@testable import Manuscript
import XCTest

/// TeX math in Markdown: where pandoc's `$` opens a formula, and what the TeX becomes.
final class TeXMathTests: XCTestCase {
    private func read(_ tex: String, display: Bool = false) -> (MathNode, [String]) {
        let (formula, problems) = TeXMathReader.read(tex, display: display)
        return (formula.root, problems)
    }

    private func inlines(_ text: String) -> ([Inline], DiagnosticSink) {
        var sink = DiagnosticSink()
        let (m, _) = MarkdownReader.read(text, path: "t.md", options: MarkdownOptions(smartTypography: false), sink: &sink)
        guard case .paragraph(let content, _)? = m.chapters.first?.blocks.first else { return ([], sink) }
        return (content, sink)
    }

    private func formulas(_ content: [Inline]) -> [String] {
        content.compactMap { if case .math(let f) = $0 { return f.source } else { return nil } }
    }

    func testPandocsRulesForDollarSigns() {
        XCTAssertEqual(formulas(inlines("Costs $20,000 and $30,000 here.").0), [])
        XCTAssertEqual(formulas(inlines("a $x$ and $y^2$.").0), ["x", "y^2"])
        XCTAssertEqual(formulas(inlines("not $ x$ nor $x $ math").0), [])
        XCTAssertEqual(formulas(inlines("escaped \\$x\\$ and `$code$`").0), [])
        XCTAssertEqual(formulas(inlines("$x$5 is not closed by a digit").0), [])
        XCTAssertEqual(formulas(inlines("display $$ a \\\\ b $$ here").0), [" a \\\\ b "])
        // A blank line ends the search.
        XCTAssertEqual(formulas(inlines("$a\n\nb$").0), [])
        // Money next to emphasis, prices in parentheses, an escaped closing dollar.
        let (money, _) = inlines("$15,000 buys a *boat*. So does $12,000.")
        XCTAssertEqual(formulas(money), [])
        XCTAssertTrue(money.contains(.emphasis([.text("boat")])), "\(money)")
        XCTAssertEqual(formulas(inlines("Tea ($3) and cake ($4).").0), [])
        XCTAssertEqual(formulas(inlines("$41 is *much* 17\\$.").0), [])
        XCTAssertEqual(formulas(inlines("a $q$-series and $\\gamma \\vee \\delta$").0), ["q", "\\gamma \\vee \\delta"])
        // `\text{…}` may hold a dollar sign.
        XCTAssertEqual(formulas(inlines("$x = \\text{costs $5}$ ok").0), ["x = \\text{costs $5}"])
        // Markdown inside the TeX is not Markdown.
        XCTAssertEqual(formulas(inlines("$a*b*c_1_2$").0), ["a*b*c_1_2"])
    }

    func testDisplayFormulaOnItsOwnLinesAfterCodeFences() {
        let text = "```\ncode ``` x\n```\n\n$$\nx = 1\n$$\n"
        var sink = DiagnosticSink()
        let (m, _) = MarkdownReader.read(text, path: "t.md", options: MarkdownOptions(), sink: &sink)
        let blocks = m.chapters.flatMap(\.blocks)
        XCTAssertEqual(blocks.count, 2)
        guard case .paragraph(let content, _)? = blocks.last, case .math(let formula)? = content.first else {
            return XCTFail("\(blocks)")
        }
        XCTAssertTrue(formula.display)
        XCTAssertEqual(formula.source, "\nx = 1\n")
    }

    func testStructures() {
        XCTAssertEqual(read("\\frac{a}{b}").0, .row([.fraction(.identifier("a"), .identifier("b"))]))
        XCTAssertEqual(read("\\frac12").0, .row([.fraction(.number("1"), .number("2"))]))
        XCTAssertEqual(read("x_1^{2n}").0, .row([.scripts(.identifier("x"), sub: .number("1"),
                                                          sup: .row([.number("2"), .identifier("n")]))]))
        XCTAssertEqual(read("\\sqrt[3]{8}").0, .row([.root(.number("8"), index: .number("3"))]))
        XCTAssertEqual(read("\\sum_{i=1}^n", display: true).0,
                       .row([.scripts(.op("∑", .large), sub: .row([.identifier("i"), .op("="), .number("1")]),
                                      sup: .identifier("n"), limits: true)]))
        XCTAssertEqual(read("\\int_0^1", display: true).0,
                       .row([.scripts(.op("∫", .large), sub: .number("0"), sup: .number("1"), limits: false)]))
        XCTAssertEqual(read("\\left( x \\right]").0,
                       .row([.row([.op("(", .fence(opening: true)), .identifier("x"), .op("]", .fence(opening: false))])]))
        XCTAssertEqual(read("\\mathbb{R}^n").0,
                       .row([.scripts(.identifier("R", variant: "double-struck"), sub: nil, sup: .identifier("n"))]))
        XCTAssertEqual(read("\\hat{x} \\text{ if } \\Gamma").0,
                       .row([.accent(.identifier("x"), mark: "^"), .text(" if "), .identifier("Γ", variant: "normal")]))
        XCTAssertEqual(read("f'(x) \\leq 3.14").0,
                       .row([.scripts(.identifier("f"), sub: nil, sup: .op("′")), .op("("), .identifier("x"), .op(")"),
                             .op("≤"), .number("3.14")]))
        XCTAssertEqual(read("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}").0,
                       .row([.row([.op("(", .fence(opening: true)),
                                   .table([[.identifier("a"), .identifier("b")], [.identifier("c"), .identifier("d")]]),
                                   .op(")", .fence(opening: false))])]))
        XCTAssertEqual(read("\\begin{cases} 1 & x > 0 \\\\ 0 & \\text{else} \\end{cases}").0,
                       .row([.row([.op("{", .fence(opening: true)),
                                   .table([[.number("1"), .row([.identifier("x"), .op(">"), .number("0")])],
                                           [.number("0"), .text("else")]], columnAlignments: ["left", "left"])])]))
    }

    func testUnknownCommandsAreReportedAndShownAsWritten() {
        let (node, problems) = read("\\foo{x} + \\frac{1}{")
        XCTAssertEqual(problems, ["\\foo is not a command Imprint knows", "a { is not closed"])
        guard case .row(let items) = node else { return XCTFail() }
        XCTAssertEqual(items.first, .unknown("\\foo"))
        let (_, sink) = inlines("Text $\\foo x$ here.")
        XCTAssertEqual(sink.diagnostics.map(\.id), ["IMP-MD-008"])
        XCTAssertEqual(sink.diagnostics.first?.location?.line, 1)
        // Unbalanced input never crashes and never loops.
        for tex in ["}", "{{{", "\\left(", "\\begin{matrix} a &", "\\end{x}", "^_^", "\\", "x^", "&&\\\\", "\\sqrt[", "\\right)"] {
            _ = read(tex)
            _ = read(tex, display: true)
        }
    }
}
