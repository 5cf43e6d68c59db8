import BookModel
import Foundation
import XMLSupport

/// Writes a `MathFormula` as presentation MathML, the way EPUB 3 carries math: a `<math>`
/// element in the MathML namespace with the formula's source as `alttext`, so a reading
/// system without MathML, or a screen reader, still has the formula.
///
/// Every element is written inline: white space between MathML tokens is not content, and
/// none is added.
enum MathMLWriter {
    static let namespace = "http://www.w3.org/1998/Math/MathML"

    static func write(_ formula: MathFormula, into xml: inout XMLWriter) {
        xml.start("math", ["xmlns": namespace, "display": formula.display ? "block" : nil,
                           "alttext": formula.source.trimmingCharacters(in: .whitespacesAndNewlines)], layout: .inline)
        write(formula.root, into: &xml)
        xml.end()
    }

    static func write(_ node: MathNode, into xml: inout XMLWriter) {
        switch node {
        case .identifier(let name, let variant):
            xml.element("mi", ["mathvariant": variant], text: name, layout: .inline)
        case .number(let digits):
            xml.element("mn", text: digits, layout: .inline)
        case .op(let symbol, let form):
            switch form {
            case .plain:
                xml.element("mo", text: symbol, layout: .inline)
            case .fence(let opening):
                xml.element("mo", ["form": opening ? "prefix" : "postfix", "stretchy": "true", "fence": "true"],
                            text: symbol, layout: .inline)
            case .large:
                xml.element("mo", ["largeop": "true"], text: symbol, layout: .inline)
            }
        case .text(let words):
            xml.element("mtext", text: words, layout: .inline)
        case .unknown(let source):
            xml.start("merror", layout: .inline)
            xml.element("mtext", text: source, layout: .inline)
            xml.end()
        case .space(let width):
            xml.empty("mspace", ["width": em(width)], layout: .inline)
        case .row(let children):
            xml.start("mrow", layout: .inline)
            for child in children { write(child, into: &xml) }
            xml.end()
        case .fraction(let numerator, let denominator, let thin):
            xml.start("mfrac", ["linethickness": thin ? "0" : nil], layout: .inline)
            write(numerator, into: &xml)
            write(denominator, into: &xml)
            xml.end()
        case .root(let base, let index):
            xml.start(index == nil ? "msqrt" : "mroot", layout: .inline)
            write(base, into: &xml)
            if let index { write(index, into: &xml) }
            xml.end()
        case .scripts(let base, let sub, let sup, let limits):
            let name: String
            switch (sub != nil, sup != nil) {
            case (true, true): name = limits ? "munderover" : "msubsup"
            case (true, false): name = limits ? "munder" : "msub"
            case (false, true): name = limits ? "mover" : "msup"
            case (false, false): write(base, into: &xml); return
            }
            xml.start(name, layout: .inline)
            write(base, into: &xml)
            if let sub { write(sub, into: &xml) }
            if let sup { write(sup, into: &xml) }
            xml.end()
        case .accent(let base, let mark, let under):
            xml.start(under ? "munder" : "mover", [under ? "accentunder" : "accent": "true"], layout: .inline)
            write(base, into: &xml)
            xml.element("mo", ["stretchy": "true"], text: mark, layout: .inline)
            xml.end()
        case .table(let rows, let alignments):
            xml.start("mtable", ["columnalign": alignments.isEmpty ? nil : alignments.joined(separator: " ")], layout: .inline)
            for row in rows {
                xml.start("mtr", layout: .inline)
                for cell in row {
                    xml.start("mtd", layout: .inline)
                    write(cell, into: &xml)
                    xml.end()
                }
                xml.end()
            }
            xml.end()
        case .style(let content, let display):
            xml.start("mstyle", ["displaystyle": display ? "true" : "false"], layout: .inline)
            write(content, into: &xml)
            xml.end()
        }
    }

    /// `0.1667em`: four decimals at most, no trailing zeros, the same bytes on every machine.
    private static func em(_ width: Double) -> String {
        let scaled = Int((width * 10_000).rounded())
        let sign = scaled < 0 ? "-" : ""
        let whole = abs(scaled) / 10_000
        var fraction = String(abs(scaled) % 10_000)
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction) + "em"
    }
}
