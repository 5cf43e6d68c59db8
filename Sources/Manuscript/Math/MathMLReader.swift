import BookModel
import XMLSupport

/// Reads presentation MathML (the formulas of an OpenDocument text: LibreOffice Math objects and
/// pandoc's, `Object 1/content.xml`) into a `MathFormula`, so they are written again by the one
/// MathML writer, in the book's own form.
///
/// Tokens, rows, fractions, roots, scripts, under/over (accents among them), tables, styles and
/// fences are read; `semantics` gives its first child (annotations such as StarMath source are
/// left out). An element it does not know is read through and listed in `unknown`.
struct MathMLReader {
    private(set) var unknown: [OfficeMathReader.Unknown] = []
    private var depth = 0
    private static let maxDepth = 64

    /// The formula of a `<math>` element; `display` from its `display` attribute unless the
    /// caller knows better (`inParagraphAlone`: a formula alone in its paragraph is set apart).
    static func read(_ math: XMLElement, inParagraphAlone: Bool) -> (formula: MathFormula, unknown: [OfficeMathReader.Unknown]) {
        var reader = MathMLReader()
        let nodes = reader.children(math)
        let root = MathNode.row(nodes)
        let display = math.attr("display").map { $0 == "block" } ?? inParagraphAlone
        let source = math.descendants().first { $0.localName == "annotation" && ($0.attr("encoding") ?? "").lowercased().contains("tex") }?
            .textContent ?? root.linearText
        return (MathFormula(root: root, display: display, source: source), reader.unknown)
    }

    private mutating func children(_ element: XMLElement) -> [MathNode] {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else {
            unknown.append(.init(name: "nesting deeper than \(Self.maxDepth)", line: element.line))
            return [.text(element.textContent)]
        }
        return element.elementChildren.flatMap { node($0) }
    }

    /// One child as a single node (the arguments of `mfrac`, `msub` …).
    private mutating func single(_ element: XMLElement?) -> MathNode {
        guard let element else { return .row([]) }
        let nodes = node(element)
        return nodes.count == 1 ? nodes[0] : .row(nodes)
    }

    /// Marks that are accents wherever they stand over or under a base.
    static let accentMarks: Set<String> = ["^", "~", "¯", "‾", "˙", "¨", "´", "`", "˘", "ˇ", "˚", "→", "←", "↔", "⏞", "⏟", "_", "ˆ", "˜"]

    private static func trimmed(_ text: String) -> String {
        text.trimmingSpaces
    }

    private mutating func node(_ element: XMLElement) -> [MathNode] {
        let arguments = element.elementChildren
        func argument(_ index: Int) -> XMLElement? { index < arguments.count ? arguments[index] : nil }
        switch element.localName {
        case "mi":
            let name = Self.trimmed(element.textContent)
            // LibreOffice writes some operators (−, ≥, →) as identifiers.
            if !name.isEmpty, !name.contains(where: { $0.isLetter || $0.isNumber }) { return [.op(name)] }
            let variant = element.attr("mathvariant")
            // One letter is italic and several upright by default: keep only a variant that differs.
            let implied = name.count == 1 ? "italic" : "normal"
            return name.isEmpty ? [] : [.identifier(name, variant: variant == implied ? nil : variant)]
        case "mn":
            return [.number(Self.trimmed(element.textContent))]
        case "mo":
            let symbol = Self.trimmed(element.textContent)
            if symbol.isEmpty { return [] }
            if element.attr("fence") == "true" || (element.attr("stretchy") == "true" && element.attr("form") != nil) {
                return [.op(symbol, .fence(opening: element.attr("form") != "postfix"))]
            }
            return [.op(symbol, element.attr("largeop") == "true" ? .large : .plain)]
        case "mtext", "ms":
            return [.text(element.textContent)]
        case "mspace":
            let width = element.attr("width").flatMap { $0.hasSuffix("em") ? Double($0.dropLast(2)) : nil } ?? 0.2778
            return [.space(width: width)]
        case "mrow", "math", "mpadded", "menclose", "merror", "maction":
            let nodes = children(element)
            return nodes.count == 1 ? nodes : [.row(nodes)]
        case "mstyle":
            let content = MathNode.row(children(element))
            return [element.attr("displaystyle").map { .style(content, display: $0 == "true") } ?? content]
        case "mphantom":
            return []
        case "semantics":
            return argument(0).map { node($0) } ?? []
        case "annotation", "annotation-xml", "none", "mprescripts", "malignmark", "maligngroup":
            return []
        case "mfrac":
            let thickness = element.attr("linethickness")
            return [.fraction(single(argument(0)), single(argument(1)), thin: thickness == "0" || thickness == "0pt" || thickness == "0em")]
        case "msqrt":
            return [.root(.row(children(element)), index: nil)]
        case "mroot":
            return [.root(single(argument(0)), index: single(argument(1)))]
        case "msub":
            return [.scripts(single(argument(0)), sub: single(argument(1)), sup: nil)]
        case "msup":
            return [.scripts(single(argument(0)), sub: nil, sup: single(argument(1)))]
        case "msubsup":
            return [.scripts(single(argument(0)), sub: single(argument(1)), sup: single(argument(2)))]
        case "munder", "mover":
            let base = single(argument(0)), script = single(argument(1))
            let under = element.localName == "munder"
            // An accent said so, or a mark that can only be one (pandoc writes `<mo>̂</mo>`).
            if case .op(let mark, _) = script,
               element.attr(under ? "accentunder" : "accent") == "true"
                || (element.attr(under ? "accentunder" : "accent") == nil && Self.accentMarks.contains(OfficeMathReader.spacingMark(mark))) {
                return [.accent(base, mark: OfficeMathReader.spacingMark(mark), under: under)]
            }
            return [.scripts(base, sub: under ? script : nil, sup: under ? nil : script, limits: true)]
        case "munderover":
            return [.scripts(single(argument(0)), sub: single(argument(1)), sup: single(argument(2)), limits: true)]
        case "mmultiscripts":
            // base, then post-scripts in pairs, then `mprescripts` and pre-scripts in pairs.
            let split = arguments.firstIndex { $0.localName == "mprescripts" } ?? arguments.count
            let post = Array(arguments[min(1, split)..<split]), pre = split < arguments.count ? Array(arguments[(split + 1)...]) : []
            func scripts(_ pairs: [XMLElement], on base: MathNode) -> MathNode {
                guard !pairs.isEmpty else { return base }
                let sub = pairs.first.map { single($0) }.flatMap { $0 == .row([]) ? nil : $0 }
                let sup = (pairs.count > 1 ? single(pairs[1]) : nil).flatMap { $0 == .row([]) ? nil : $0 }
                return sub == nil && sup == nil ? base : .scripts(base, sub: sub, sup: sup)
            }
            let base = scripts(post, on: single(argument(0)))
            return pre.isEmpty ? [base] : [scripts(pre, on: .row([])), base]
        case "mfenced":
            let open = element.attr("open") ?? "(", close = element.attr("close") ?? ")"
            let separators = Array((element.attr("separators") ?? ",").filter { !$0.isWhitespace })
            var nodes: [MathNode] = open.isEmpty ? [] : [.op(open, .fence(opening: true))]
            for (index, child) in arguments.enumerated() {
                if index > 0, !separators.isEmpty { nodes.append(.op(String(separators[min(index - 1, separators.count - 1)]))) }
                nodes.append(single(child))
            }
            if !close.isEmpty { nodes.append(.op(close, .fence(opening: false))) }
            return [.row(nodes)]
        case "mtable":
            let rows = arguments.filter { $0.localName == "mtr" || $0.localName == "mlabeledtr" }.map { row in
                row.elementChildren.filter { $0.localName == "mtd" }.map { MathNode.row(children($0)) }
            }
            // The table's alignments, else those every cell of the first row gives.
            let firstRow = arguments.first { $0.localName == "mtr" }?.elementChildren.map { $0.attr("columnalign") } ?? []
            let alignments = element.attr("columnalign").map { $0.split(separator: " ").map(String.init) }
                ?? (firstRow.allSatisfy { $0 != nil } ? firstRow.compactMap { $0 } : [])
            return [.table(rows, columnAlignments: alignments)]
        default:
            unknown.append(.init(name: element.qualifiedName, line: element.line))
            let text = element.textContent
            return text.isEmpty ? [] : [.text(text)]
        }
    }
}
