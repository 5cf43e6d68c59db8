import BookModel

/// Reads the TeX that people write for math in books (`$…$` and `$$…$$` in pandoc's Markdown)
/// into a `MathFormula`: fractions, roots, sub- and superscripts, Greek, operators and
/// relations, large operators with limits, `\left…\right`, accents, `\text`, font commands,
/// matrices, `cases` and aligned equations.
///
/// What it cannot read — an unknown command, an unclosed brace or environment — is kept as
/// written inside the formula and listed in `problems`, so the book shows the author's TeX and
/// the author hears about it; the result is always a well-formed tree.
struct TeXMathReader {
    private let scalars: [Unicode.Scalar]
    private var position = 0
    private let display: Bool
    private(set) var problems: [String] = []
    private var depth = 0
    private static let maxDepth = 48

    private init(_ tex: String, display: Bool) {
        scalars = Array(tex.unicodeScalars)
        self.display = display
    }

    /// The formula for `tex`, and what in it could not be converted (empty when all of it was).
    static func read(_ tex: String, display: Bool) -> (formula: MathFormula, problems: [String]) {
        var reader = TeXMathReader(tex, display: display)
        var nodes = reader.sequence()
        while reader.position < reader.scalars.count {
            // A `}` or `&` with nothing open, or `\end`/`\right` with nothing begun.
            let stray = reader.strayToken()
            nodes.append(.unknown(stray))
            nodes += reader.sequence()
        }
        var seen: Set<String> = []
        let problems = reader.problems.filter { seen.insert($0).inserted }
        return (MathFormula(root: .row(nodes), display: display, source: tex), problems)
    }

    // MARK: - Characters

    private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private mutating func skipSpace() {
        while let c = current {
            if c == "%" {
                // A TeX comment runs to the end of the line.
                while let d = current, d != "\n" { position += 1 }
            } else if c.properties.isWhitespace {
                position += 1
            } else {
                return
            }
        }
    }

    /// The command name after a backslash at `position`, without consuming it.
    private func peekCommand() -> String? {
        guard current == "\\", position + 1 < scalars.count else { return nil }
        var end = position + 1
        if isLetter(scalars[end]) {
            while end < scalars.count, isLetter(scalars[end]) { end += 1 }
            if end < scalars.count, scalars[end] == "*" { end += 1 }
        } else {
            end += 1
        }
        return String(String.UnicodeScalarView(scalars[(position + 1)..<end]))
    }

    private mutating func readCommand() -> String? {
        guard let name = peekCommand() else { return nil }
        position += 1 + name.unicodeScalars.count
        return name
    }

    private func isLetter(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
    private func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    /// Whether the next token ends the sequence being read.
    private func atEnd() -> Bool {
        guard let c = current else { return true }
        if c == "}" || c == "&" { return true }
        if let name = peekCommand(), ["\\", "right", "end", "middle", "cr"].contains(name) { return true }
        return false
    }

    private mutating func strayToken() -> String {
        if let name = readCommand() {
            problems.append("\\\(name) with nothing to match it")
            if name == "end" || name == "right" { return "\\" + name + (name == "end" ? rawGroup() : delimiter() ?? "") }
            return "\\" + name
        }
        let c = scalars[position]
        position += 1
        problems.append("a stray \(c)")
        return String(c)
    }

    // MARK: - Sequences and atoms

    /// Atoms with their scripts until the end of the group, a cell or a row.
    private mutating func sequence() -> [MathNode] {
        var nodes: [MathNode] = []
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth {
            let start = position
            position = scalars.count
            problems.append("nested too deeply")
            return [.unknown(String(String.UnicodeScalarView(scalars[start...])))]
        }
        while true {
            skipSpace()
            if atEnd() { break }
            if let name = peekCommand(), name == "limits" || name == "nolimits" {
                position += 1 + name.count
                if case .scripts(let base, let sub, let sup, _)? = nodes.last {
                    nodes[nodes.count - 1] = .scripts(base, sub: sub, sup: sup, limits: name == "limits")
                } else if let last = nodes.last {
                    nodes[nodes.count - 1] = scripted(last, limits: name == "limits")
                }
                continue
            }
            guard let atom = atom() else { continue }
            nodes.append(scripted(atom, limits: nil))
        }
        return nodes
    }

    /// `base` with the `_`, `^` and primes that follow it.
    private mutating func scripted(_ base: MathNode, limits forced: Bool?) -> MathNode {
        var sub: MathNode?
        var sup: MathNode?
        var primes = ""
        while true {
            skipSpace()
            guard let c = current else { break }
            if c == "'" {
                primes += "′"
                position += 1
            } else if c == "_" && sub == nil {
                position += 1
                sub = argument()
            } else if c == "^" && sup == nil {
                position += 1
                sup = argument()
            } else if let name = peekCommand(), name == "limits" || name == "nolimits" {
                position += 1 + name.count
                return scripted(base, limits: name == "limits")
            } else {
                break
            }
        }
        if !primes.isEmpty {
            let mark = MathNode.op(primes)
            sup = sup.map { .row([mark, $0]) } ?? mark
        }
        guard sub != nil || sup != nil else { return base }
        return .scripts(base, sub: sub, sup: sup, limits: forced ?? (display && takesLimits(base)))
    }

    private func takesLimits(_ node: MathNode) -> Bool {
        switch node {
        case .op(let symbol, .large):
            return TeXSymbols.largeOperators.values.contains { $0.symbol == symbol && $0.limits }
        case .identifier(let name, "normal"):
            return TeXSymbols.functions[name] == true
        default:
            return false
        }
    }

    /// One argument: a `{group}`, or a single token (`\frac12` is ½).
    private mutating func argument() -> MathNode {
        skipSpace()
        guard let c = current else {
            problems.append("an argument is missing at the end")
            return .row([])
        }
        if c == "{" { return group() }
        if isDigit(c) {
            position += 1
            return .number(String(c))
        }
        if atEnd() {
            problems.append("an argument is missing before \(c)")
            return .row([])
        }
        return atom() ?? .row([])
    }

    /// `{…}` as a row (a single node stands alone).
    private mutating func group() -> MathNode {
        position += 1  // {
        let nodes = sequence()
        if current == "}" {
            position += 1
        } else {
            problems.append("a { is not closed")
            if current != nil { skipToGroupEnd() }
        }
        return nodes.count == 1 ? nodes[0] : .row(nodes)
    }

    /// After a stray `&` or `\\` inside braces: keeps reading to the closing brace.
    private mutating func skipToGroupEnd() {
        var level = 0
        while let c = current {
            position += 1
            if c == "{" { level += 1 }
            if c == "}" { if level == 0 { return }; level -= 1 }
        }
    }

    /// The text of a `{…}` group as written (for `\text`, environment names, array columns).
    private mutating func rawGroup() -> String {
        skipSpace()
        guard current == "{" else { return "" }
        position += 1
        var level = 0
        var text = ""
        while let c = current {
            position += 1
            if c == "\\", let next = current {
                text.unicodeScalars.append(c)
                text.unicodeScalars.append(next)
                position += 1
                continue
            }
            if c == "{" { level += 1 }
            if c == "}" {
                if level == 0 { return text }
                level -= 1
            }
            text.unicodeScalars.append(c)
        }
        problems.append("a { is not closed")
        return text
    }

    private mutating func atom() -> MathNode? {
        guard let c = current else { return nil }
        if c == "{" { return group() }
        if c == "\\" { return command() }
        if isDigit(c) || (c == "." && position + 1 < scalars.count && isDigit(scalars[position + 1])) {
            var digits = ""
            var seenPoint = false
            while let d = current, isDigit(d) || (d == "." && !seenPoint && position + 1 < scalars.count && isDigit(scalars[position + 1])) {
                if d == "." { seenPoint = true }
                digits.unicodeScalars.append(d)
                position += 1
            }
            return .number(digits)
        }
        position += 1
        switch c {
        case "^", "_":
            // A script with no base: on an empty base, as TeX sets it.
            position -= 1
            return scripted(.row([]), limits: nil)
        case "~":
            return .space(width: 0.3333)
        case "-":
            return .op("−")
        case "*":
            return .op("∗")
        case "'":
            return .op("′")
        case "#":
            problems.append("# outside a macro")
            return .unknown("#")
        default:
            break
        }
        if isLetter(c) || c.properties.isAlphabetic { return .identifier(String(c)) }
        if c.properties.numericType != nil { return .number(String(c)) }
        return .op(String(c))
    }

    // MARK: - Commands

    private mutating func command() -> MathNode? {
        guard let name = readCommand() else {
            position += 1  // a lone backslash at the end
            problems.append("a lone \\ at the end")
            return .unknown("\\")
        }
        if let symbol = TeXSymbols.upperGreek[name] { return .identifier(symbol, variant: "normal") }
        if let symbol = TeXSymbols.identifiers[name] { return .identifier(symbol) }
        if let symbol = TeXSymbols.operators[name] { return .op(symbol) }
        if let large = TeXSymbols.largeOperators[name] { return .op(large.symbol, .large) }
        if TeXSymbols.functions[name] != nil { return .identifier(name, variant: "normal") }
        if let width = TeXSymbols.spaces[name] { return .space(width: width) }
        if let accent = TeXSymbols.accents[name] { return .accent(argument(), mark: accent.mark, under: accent.under) }
        if let variant = TeXSymbols.fonts[name] { return Self.restyled(argument(), variant: variant) }
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac":
            let numerator = argument()
            return .fraction(numerator, argument())
        case "binom", "dbinom", "tbinom", "choose":
            let top = argument()
            return .row([.op("(", .fence(opening: true)), .fraction(top, argument(), thin: true), .op(")", .fence(opening: false))])
        case "sqrt":
            skipSpace()
            var index: MathNode?
            if current == "[" {
                position += 1
                var nodes: [MathNode] = []
                while let c = current, c != "]" {
                    if atEnd() { break }
                    if let node = atom() { nodes.append(scripted(node, limits: nil)) }
                    skipSpace()
                }
                if current == "]" { position += 1 } else { problems.append("\\sqrt[ is not closed") }
                index = nodes.count == 1 ? nodes[0] : .row(nodes)
            }
            return .root(argument(), index: index)
        case "text", "textrm", "textnormal", "mbox", "hbox", "textit", "textbf", "textsf", "texttt", "textup", "emph":
            return .text(Self.textContent(rawGroup()))
        case "operatorname", "operatorname*", "mathop":
            let content = argument()
            let plain = Self.letters(content)
            let node: MathNode = plain.map { .identifier($0, variant: "normal") } ?? content
            return name == "operatorname*" ? scriptedForced(node) : node
        case "left":
            return fenced()
        case "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr", "bigm", "Bigm":
            return .op(delimiter() ?? "")
        case "begin":
            return environment(rawGroup())
        case "overset", "stackrel":
            let over = argument()
            return .scripts(argument(), sub: nil, sup: over, limits: true)
        case "underset":
            let under = argument()
            return .scripts(argument(), sub: under, sup: nil, limits: true)
        case "not":
            skipSpace()
            if let next = atom() {
                if case .op(let symbol, _) = next { return .op(symbol + "\u{338}") }
                if case .identifier(let symbol, _) = next { return .op(symbol + "\u{338}") }
                return next
            }
            return .op("/")
        case "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle":
            let rest = sequence()
            return .style(.row(rest), display: name == "displaystyle")
        case "nonumber", "notag", "allowbreak", "limits", "nolimits", "strut", "relax":
            return nil
        case "label", "tag", "tag*":
            _ = rawGroup()
            return nil
        case "phantom", "hphantom", "vphantom":
            _ = argument()
            return .space(width: 0.5)
        case "pmod":
            let argumentNode = argument()
            return .row([.op("("), .identifier("mod", variant: "normal"), .space(width: 0.3333), argumentNode, .op(")")])
        case "bmod", "mod":
            return .identifier("mod", variant: "normal")
        default:
            problems.append("\\\(name) is not a command Imprint knows")
            return .unknown("\\" + name)
        }
    }

    /// `\operatorname*{argmax}_x`: its subscript goes under it in display math.
    private mutating func scriptedForced(_ node: MathNode) -> MathNode {
        scripted(node, limits: display ? true : nil)
    }

    /// The delimiter after `\left`, `\right`, `\big`: a character or a command; nil for `.`.
    private mutating func delimiter() -> String? {
        skipSpace()
        guard let c = current else { return nil }
        if c == "\\", let name = readCommand() {
            if let symbol = TeXSymbols.operators[name] { return symbol }
            problems.append("\\\(name) is not a delimiter")
            return "\\" + name
        }
        position += 1
        return c == "." ? nil : String(c)
    }

    /// `\left( … \middle| … \right)`.
    private mutating func fenced() -> MathNode {
        var nodes: [MathNode] = []
        if let open = delimiter() { nodes.append(.op(open, .fence(opening: true))) }
        while true {
            nodes += sequence()
            guard let name = peekCommand(), name == "middle" else { break }
            position += 1 + name.count
            if let middle = delimiter() { nodes.append(.op(middle)) }
        }
        if peekCommand() == "right" {
            position += 6
            if let close = delimiter() { nodes.append(.op(close, .fence(opening: false))) }
        } else {
            problems.append("\\left without \\right")
        }
        return .row(nodes)
    }

    // MARK: - Environments

    private mutating func environment(_ name: String) -> MathNode {
        let base = name.hasSuffix("*") ? String(name.dropLast()) : name
        var alignments: [String] = []
        switch base {
        case "array", "alignedat", "alignat":
            let spec = rawGroup()
            if base == "array" {
                alignments = spec.unicodeScalars.compactMap { ["l": "left", "c": "center", "r": "right"][String($0)] }
            }
        default: break
        }
        let rows = tableRows()
        if peekCommand() == "end" {
            position += 4
            let closing = rawGroup()
            if closing != name { problems.append("\\begin{\(name)} is closed by \\end{\(closing)}") }
        } else {
            problems.append("\\begin{\(name)} has no \\end{\(name)}")
        }
        let columns = rows.map(\.count).max() ?? 0
        if let fences = TeXSymbols.matrices[base] {
            let table = MathNode.table(rows, columnAlignments: [])
            var nodes: [MathNode] = []
            if let open = fences.open { nodes.append(.op(open, .fence(opening: true))) }
            nodes.append(table)
            if let close = fences.close { nodes.append(.op(close, .fence(opening: false))) }
            return nodes.count == 1 ? table : .row(nodes)
        }
        switch base {
        case "cases", "dcases":
            return .row([.op("{", .fence(opening: true)), .table(rows, columnAlignments: ["left", "left"])])
        case "rcases":
            return .row([.table(rows, columnAlignments: ["left", "left"]), .op("}", .fence(opening: false))])
        case "aligned", "align", "split", "alignedat", "alignat", "eqnarray", "flalign":
            let alternating = (0..<max(columns, 1)).map { $0 % 2 == 0 ? "right" : "left" }
            return .table(rows, columnAlignments: alternating)
        case "gathered", "gather", "multline", "equation", "displaymath":
            return .table(rows, columnAlignments: ["center"])
        case "array", "subarray":
            return .table(rows, columnAlignments: alignments)
        default:
            problems.append("the environment \(name) is not one Imprint knows")
            return .table(rows, columnAlignments: [])
        }
    }

    /// Cells separated by `&`, rows by `\\`, until `\end`.
    private mutating func tableRows() -> [[MathNode]] {
        var rows: [[MathNode]] = []
        var row: [MathNode] = []
        while true {
            skipSpace()
            if let name = peekCommand(), name == "hline" || name == "hdashline" {
                position += 1 + name.count
                continue
            }
            let cell = sequence()
            row.append(cell.count == 1 ? cell[0] : .row(cell))
            if current == "&" {
                position += 1
                continue
            }
            if let name = peekCommand(), name == "\\" || name == "cr" {
                position += 1 + name.count
                skipSpace()
                // `\\[2pt]`: extra space between rows.
                if current == "[" { while let c = current, c != "]" { position += 1 }; position += 1 }
                rows.append(row)
                row = []
                continue
            }
            if current == "}" {
                // A brace closing nothing inside the table: reported and skipped.
                position += 1
                problems.append("a stray }")
                continue
            }
            break
        }
        // A last `\\` before `\end` leaves an empty row, which is not a row.
        if !(row.count == 1 && row[0] == .row([])) || rows.isEmpty { rows.append(row) }
        return rows
    }

    // MARK: - Helpers

    /// Every identifier in `node` set in `variant` (`\mathbf{x}`, `\mathbb{R}`).
    static func restyled(_ node: MathNode, variant: String) -> MathNode {
        switch node {
        case .identifier(let name, _): return .identifier(name, variant: variant)
        case .row(let children): return .row(children.map { restyled($0, variant: variant) })
        case .scripts(let base, let sub, let sup, let limits):
            return .scripts(restyled(base, variant: variant), sub: sub, sup: sup, limits: limits)
        default: return node
        }
    }

    /// The letters of an identifier group (`\operatorname{arg\,max}` → "argmax"); nil when it
    /// holds anything else.
    private static func letters(_ node: MathNode) -> String? {
        switch node {
        case .identifier(let name, _): return name
        case .space: return ""
        case .row(let children):
            var text = ""
            for child in children {
                guard let part = letters(child) else { return nil }
                text += part
            }
            return text.isEmpty ? nil : text
        default: return nil
        }
    }

    /// `\text{…}`'s words: TeX's escapes and `~` read as the characters they stand for.
    private static func textContent(_ raw: String) -> String {
        var out = ""
        var chars = Substring(raw)
        while let c = chars.first {
            chars = chars.dropFirst()
            if c == "\\", let next = chars.first {
                chars = chars.dropFirst()
                if next.isLetter {
                    var name = String(next)
                    while let l = chars.first, l.isLetter { name.append(l); chars = chars.dropFirst() }
                    out += TeXSymbols.identifiers[name] ?? TeXSymbols.upperGreek[name] ?? TeXSymbols.operators[name]
                        ?? (name == "quad" ? "\u{2003}" : "")
                } else {
                    out.append(next == "," || next == " " ? " " : next)
                }
            } else if c == "~" {
                out += "\u{A0}"
            } else if c != "{" && c != "}" {
                out.append(c)
            }
        }
        return out
    }
}
