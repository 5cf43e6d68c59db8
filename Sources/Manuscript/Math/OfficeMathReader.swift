import BookModel
import XMLSupport

/// Reads Office Math (OMML, ECMA-376 Part 1 §22.1), the equations of a Word document, into a
/// `MathFormula`: runs (`m:r`) split into identifiers, numbers and operators with their style
/// (`m:sty`, `m:scr`, `m:nor`), and the structures Word's equation editor builds — fractions,
/// scripts, radicals, n-ary operators, delimiters, functions, accents and bars, limits, group
/// characters, matrices and equation arrays, boxes, pre-scripts and phantoms.
///
/// An element it does not know is read through (its text kept, its structure lost) and listed
/// in `unknown` with its line, so the build can say where.
struct OfficeMathReader {
    /// An element that was not understood: its name and line in the part.
    struct Unknown: Hashable {
        var name: String
        var line: Int
    }

    private(set) var unknown: [Unknown] = []
    private var depth = 0
    private static let maxDepth = 64

    /// The formula of one `m:oMath`; `display` when it stands in an `m:oMathPara`.
    static func read(_ oMath: XMLElement, display: Bool) -> (formula: MathFormula, unknown: [Unknown]) {
        var reader = OfficeMathReader()
        let root = reader.lines(oMath)
        return (MathFormula(root: root, display: display, source: root.linearText), reader.unknown)
    }

    /// `m:oMath` as one row or, where the author broke it into lines, a table of its lines. A
    /// line starts at a run or box whose properties hold `m:brk` (§22.1.2.15); its `m:alnAt` n
    /// aligns it at the n-th operator of the line before (0 or absent: at that line's start).
    /// Aligned lines become two columns as `m:eqArr`'s `&` makes them: the first line cut
    /// before its operator, the lines after it starting at the column boundary.
    private mutating func lines(_ oMath: XMLElement) -> MathNode {
        guard oMath.elementChildren.dropFirst().contains(where: { Self.lineBreak(before: $0) != nil }) else {
            return .row(row(oMath))
        }
        depth += 1
        defer { depth -= 1 }
        var lines: [(nodes: [MathNode], alignAt: Int)] = [([], 0)]
        for child in oMath.elementChildren {
            if let alignAt = Self.lineBreak(before: child), !lines[lines.count - 1].nodes.isEmpty {
                lines.append(([], alignAt))
            }
            lines[lines.count - 1].nodes += element(child)
        }
        if lines.count == 1 { return .row(lines[0].nodes) }
        guard let alignAt = lines.dropFirst().lazy.map(\.alignAt).first(where: { $0 > 0 }) else {
            return .table(lines.map { [.row($0.nodes)] }, columnAlignments: ["left"])
        }
        let first = lines[0].nodes
        var cut = first.count
        var operators = 0
        for (index, node) in first.enumerated() {
            guard case .op(let symbol, .plain) = node, symbol != "\u{2061}" else { continue }
            operators += 1
            if operators == alignAt { cut = index; break }
        }
        let rows: [[MathNode]] = [[.row(Array(first[..<cut])), .row(Array(first[cut...]))]]
            + lines.dropFirst().map { [.row([]), .row($0.nodes)] }
        return .table(rows, columnAlignments: ["right", "left"])
    }

    /// The alignment (`m:alnAt`, 0 when absent) of a manual line break before this run or box,
    /// nil when there is none.
    private static func lineBreak(before element: XMLElement) -> Int? {
        let properties: XMLElement?
        switch element.localName {
        case "r": properties = element.child("rPr")
        case "box": properties = element.child("boxPr")
        default: return nil
        }
        guard let brk = properties?.child("brk") else { return nil }
        return min(max(brk.attr("alnAt").flatMap { Int($0) } ?? 0, 0), 255)
    }

    // MARK: Containers

    /// The children of an argument (`m:e`, `m:num`, `m:sub` …) or of `m:oMath`, in order.
    private mutating func row(_ container: XMLElement) -> [MathNode] {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else {
            unknown.append(Unknown(name: "nesting deeper than \(Self.maxDepth)", line: container.line))
            return [.text(container.textContent)]
        }
        var nodes: [MathNode] = []
        for element in container.elementChildren {
            nodes += self.element(element)
        }
        return nodes
    }

    /// One argument as a single node: a lone node stands alone, several are a row.
    private mutating func argument(_ container: XMLElement?) -> MathNode {
        guard let container else { return .row([]) }
        let nodes = row(container)
        return nodes.count == 1 ? nodes[0] : .row(nodes)
    }

    /// An optional argument: nil when absent or empty (`m:deg` of a square root).
    private mutating func optionalArgument(_ container: XMLElement?) -> MathNode? {
        guard let container else { return nil }
        let nodes = row(container)
        if nodes.isEmpty { return nil }
        return nodes.count == 1 ? nodes[0] : .row(nodes)
    }

    // MARK: Elements

    private mutating func element(_ element: XMLElement) -> [MathNode] {
        let properties = element.child(element.localName + "Pr")
        switch element.localName {
        case "r":
            return run(element)
        case "e", "oMath", "ins", "moveTo", "smartTag", "sdt", "sdtContent", "customXml":
            return row(element)
        case "box", "borderBox":
            // A box groups (and a border box frames) its content: the content is the meaning.
            return [argument(element.child("e"))]
        case "f":
            let numerator = argument(element.child("num"))
            let denominator = argument(element.child("den"))
            switch properties?.value(of: "type") {
            case "noBar": return [.fraction(numerator, denominator, thin: true)]
            case "lin", "skw": return [.row([numerator, .op("/"), denominator])]
            default: return [.fraction(numerator, denominator)]
            }
        case "sSup":
            return [.scripts(argument(element.child("e")), sub: nil, sup: argument(element.child("sup")))]
        case "sSub":
            return [.scripts(argument(element.child("e")), sub: argument(element.child("sub")), sup: nil)]
        case "sSubSup":
            return [.scripts(argument(element.child("e")), sub: argument(element.child("sub")), sup: argument(element.child("sup")))]
        case "sPre":
            // Scripts before the base: written on an empty base just ahead of it.
            return [.scripts(.row([]), sub: argument(element.child("sub")), sup: argument(element.child("sup"))),
                    argument(element.child("e"))]
        case "rad":
            let hidden = properties?.mathToggle("degHide") ?? false
            return [.root(argument(element.child("e")), index: hidden ? nil : optionalArgument(element.child("deg")))]
        case "nary":
            return nary(element, properties)
        case "d":
            return delimited(element, properties)
        case "func":
            return [argument(element.child("fName")), .op("\u{2061}"), argument(element.child("e"))]
        case "acc":
            let mark = properties?.value(of: "chr") ?? "\u{0302}"
            return [.accent(argument(element.child("e")), mark: Self.spacingMark(mark))]
        case "bar":
            let under = (properties?.value(of: "pos") ?? "bot") == "bot"
            return [.accent(argument(element.child("e")), mark: under ? "_" : "¯", under: under)]
        case "groupChr":
            let mark = properties?.value(of: "chr") ?? "\u{23DF}"
            let under = (properties?.value(of: "pos") ?? "bot") == "bot"
            return [.accent(argument(element.child("e")), mark: Self.spacingMark(mark), under: under)]
        case "limLow":
            return [.scripts(argument(element.child("e")), sub: argument(element.child("lim")), sup: nil, limits: true)]
        case "limUpp":
            return [.scripts(argument(element.child("e")), sub: nil, sup: argument(element.child("lim")), limits: true)]
        case "m":
            return [matrix(element, properties)]
        case "eqArr":
            return [equationArray(element)]
        case "phant":
            // Shown unless `m:show` is off; zero width or height changes only spacing.
            let shown = properties?.mathToggle("show") ?? true
            return shown ? [argument(element.child("e"))] : []
        case "oMathPara":
            return element.all("oMath").flatMap { row($0) }
        case "bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd", "del", "moveFrom",
             "commentRangeStart", "commentRangeEnd", "ctrlPr", "argPr", "oMathParaPr":
            return []
        default:
            if element.localName.hasSuffix("Pr") { return [] }
            unknown.append(Unknown(name: element.qualifiedName, line: element.line))
            let text = element.textContent
            return text.isEmpty ? [] : [.text(text)]
        }
    }

    /// `m:nary`: a large operator (∑, ∫, ∏ … `m:chr`, ∫ when absent) with its limits under and
    /// over it (`m:limLoc` undOvr) or beside it (subSup), then its operand.
    private mutating func nary(_ element: XMLElement, _ properties: XMLElement?) -> [MathNode] {
        let symbol = properties?.value(of: "chr") ?? "\u{222B}"
        let integral = ["∫", "∬", "∭", "∮", "∯", "∰", "∱", "∲", "∳", "⨌"].contains(symbol)
        let limits = (properties?.value(of: "limLoc") ?? (integral ? "subSup" : "undOvr")) == "undOvr"
        let sub = properties?.mathToggle("subHide") == true ? nil : optionalArgument(element.child("sub"))
        let sup = properties?.mathToggle("supHide") == true ? nil : optionalArgument(element.child("sup"))
        let op = MathNode.op(symbol, .large)
        let base: MathNode = sub == nil && sup == nil ? op : .scripts(op, sub: sub, sup: sup, limits: limits)
        return [base, argument(element.child("e"))]
    }

    /// `m:d`: its arguments between `m:begChr` and `m:endChr` (parentheses when absent, nothing
    /// when empty), separated by `m:sepChr` (│ when absent).
    private mutating func delimited(_ element: XMLElement, _ properties: XMLElement?) -> [MathNode] {
        func character(_ name: String, _ fallback: String) -> String {
            guard let property = properties?.child(name) else { return fallback }
            return property.attr("val") ?? ""
        }
        let opening = character("begChr", "("), closing = character("endChr", ")"), separator = character("sepChr", "|")
        var nodes: [MathNode] = []
        if !opening.isEmpty { nodes.append(.op(opening, .fence(opening: true))) }
        for (index, argument) in element.all("e").enumerated() {
            if index > 0, !separator.isEmpty { nodes.append(.op(separator)) }
            nodes.append(self.argument(argument))
        }
        if !closing.isEmpty { nodes.append(.op(closing, .fence(opening: false))) }
        return [.row(nodes)]
    }

    /// `m:m`: rows (`m:mr`) of cells, each column aligned by its `m:mc` (`m:count` columns alike).
    private mutating func matrix(_ element: XMLElement, _ properties: XMLElement?) -> MathNode {
        let rows = element.all("mr").map { $0.all("e").map { argument($0) } }
        var alignments: [String] = []
        for column in properties?.child("mcs")?.all("mc") ?? [] {
            let columnProperties = column.child("mcPr")
            let alignment = columnProperties?.value(of: "mcJc") ?? "center"
            let count = min(max(columnProperties?.value(of: "count").flatMap { Int($0) } ?? 1, 1), 64)
            alignments += Array(repeating: ["left": "left", "right": "right"][alignment] ?? "center", count: count)
        }
        if alignments.allSatisfy({ $0 == "center" }) { alignments = [] }
        return .table(rows, columnAlignments: alignments)
    }

    /// `m:eqArr`: each `m:e` a line. An `&` in a line marks an alignment point, as in TeX's
    /// `aligned`: the pieces between them are cells, aligned right and left in turn.
    private mutating func equationArray(_ element: XMLElement) -> MathNode {
        var rows: [[MathNode]] = []
        for line in element.all("e") {
            var cells: [[MathNode]] = [[]]
            for node in row(line) {
                if node == .op("&") { cells.append([]) } else { cells[cells.count - 1].append(node) }
            }
            rows.append(cells.map { $0.count == 1 ? $0[0] : .row($0) })
        }
        let columns = rows.map(\.count).max() ?? 1
        if columns == 1 { return .table(rows, columnAlignments: ["center"]) }
        return .table(rows, columnAlignments: (0..<columns).map { $0 % 2 == 0 ? "right" : "left" })
    }

    // MARK: Runs

    /// `m:r`: its text as tokens, in the run's style. Normal text (`m:nor`) is words.
    private mutating func run(_ r: XMLElement) -> [MathNode] {
        let properties = r.child("rPr")
        let text = r.elementChildren.map { child -> String in
            switch child.localName {
            case "t": return child.textContent
            case "tab": return " "
            case "br", "cr": return " "
            case "sym": return child.attr("char").flatMap { UInt32($0, radix: 16) }.flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? ""
            default: return ""
            }
        }.joined()
        if text.isEmpty { return [] }
        if properties?.mathToggle("nor") == true { return [.text(text)] }
        return Self.tokens(text, style: properties?.value(of: "sty"), script: properties?.value(of: "scr"))
    }

    /// Text of a run split into numbers, identifiers and operators. Letters in the plain style
    /// (`m:sty` p) stay together as one identifier (`sin`, `lim`); italic letters are one each.
    static func tokens(_ text: String, style: String?, script: String?) -> [MathNode] {
        let plain = style == "p" || style == "b"
        let variant = mathVariant(style: style, script: script)
        var nodes: [MathNode] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let c = characters[index]
            if c.isWhitespace {
                index += 1
            } else if c.isNumber {
                var end = index + 1
                while end < characters.count,
                      characters[end].isNumber || ((characters[end] == "." || characters[end] == ",") && end + 1 < characters.count && characters[end + 1].isNumber) {
                    end += 1
                }
                nodes.append(.number(String(characters[index..<end])))
                index = end
            } else if c.isLetter || c.unicodeScalars.first.map({ $0.properties.generalCategory == .nonspacingMark }) == true {
                var end = index + 1
                if plain { while end < characters.count, characters[end].isLetter { end += 1 } }
                let name = String(characters[index..<end])
                // One italic letter is italic by default, several letters upright: say so only
                // where the style differs from that default.
                let defaultVariant = name.count == 1 ? "italic" : "normal"
                nodes.append(.identifier(name, variant: variant == defaultVariant ? nil : variant))
                index = end
            } else {
                nodes.append(.op(String(c)))
                index += 1
            }
        }
        return nodes
    }

    /// The MathML `mathvariant` of a run's style (`m:sty`: p, b, i, bi; italic when absent) and
    /// script (`m:scr`: roman, script, fraktur, double-struck, sans-serif, monospace).
    static func mathVariant(style: String?, script: String?) -> String {
        let bold = style == "b" || style == "bi"
        let italic = style == nil || style == "i" || style == "bi"
        switch script ?? "roman" {
        case "script": return bold ? "bold-script" : "script"
        case "fraktur": return bold ? "bold-fraktur" : "fraktur"
        case "double-struck": return "double-struck"
        case "monospace": return "monospace"
        case "sans-serif":
            switch (bold, italic) {
            case (true, true): return "sans-serif-bold-italic"
            case (true, false): return "bold-sans-serif"
            case (false, true): return "sans-serif-italic"
            case (false, false): return "sans-serif"
            }
        default:
            switch (bold, italic) {
            case (true, true): return "bold-italic"
            case (true, false): return "bold"
            case (false, true): return "italic"
            case (false, false): return "normal"
            }
        }
    }

    /// Word writes accents as combining characters (U+0302); MathML sets a spacing mark over
    /// the base.
    static func spacingMark(_ mark: String) -> String {
        let marks: [String: String] = [
            "\u{0300}": "`", "\u{0301}": "´", "\u{0302}": "^", "\u{0303}": "~", "\u{0304}": "¯", "\u{0305}": "¯",
            "\u{0306}": "˘", "\u{0307}": "˙", "\u{0308}": "¨", "\u{030A}": "˚", "\u{030C}": "ˇ", "\u{20D6}": "←",
            "\u{20D7}": "→", "\u{20E1}": "↔", "\u{20DB}": "⃛", "\u{0332}": "_",
        ]
        return marks[mark] ?? mark
    }
}

extension XMLElement {
    /// An Office Math on/off property (`<m:degHide m:val="on"/>`; `m:val` absent is on).
    func mathToggle(_ property: String) -> Bool? {
        guard let element = child(property) else { return nil }
        guard let value = element.attr("val") else { return true }
        return ["on", "1", "true"].contains(value.lowercased())
    }
}
