import Yams

/// A cheap look at YAML before Yams parses it: how deeply it nests and how many aliases it
/// uses, so metadata built to crash or stall the parser is refused with a message.
///
/// Yams composes recursively and overflows the stack somewhere past 4,700 levels (SIGSEGV,
/// not an error), so depth must be judged without it. The scan is one pass over the bytes: the
/// open block indentation levels, the `- `/`? `/`: ` indicators that open a level on the same
/// line (`- - - x`), and `[`/`{` outside quoted scalars and comments; block scalars (`|`, `>`)
/// are text and skipped. It may count a level more than YAML would, never fewer than half
/// (a bracket inside a scalar it misreads can hide at most the levels already counted), so a
/// limit of 64 is far from both real metadata and the crash.
enum YAMLGuard {
    /// Why the YAML is refused, with the 1-based line (within the YAML text) it happened on.
    struct Refusal: Equatable {
        enum Kind: Equatable { case depth, aliases, expansion }
        var kind: Kind
        var line: Int
        /// What was found: the depth, the alias count, or the expanded size.
        var found: Int
    }

    static func scan(_ yaml: String, limits: SourceLimits) -> Refusal? {
        var indents: [Int] = []
        var flow = 0
        var aliases = 0
        var quote: UInt8 = 0            // " or ' while inside a quoted scalar (may span lines)
        var blockScalarParent: Int?     // indentation of the line that opened `|` or `>`
        var lineNumber = 0
        for rawLine in yaml.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = Array(rawLine.last == UInt8(ascii: "\r") ? rawLine.dropLast() : rawLine[...])
            var i = 0
            while i < line.count, line[i] == UInt8(ascii: " ") { i += 1 }
            let indent = i
            let blank = i == line.count || line[i] == UInt8(ascii: "#")
            if let parent = blockScalarParent {
                if blank || indent > parent { continue }
                blockScalarParent = nil
            }
            if blank && quote == 0 { continue }
            if quote == 0 && flow == 0 {
                while let top = indents.last, top > indent { indents.removeLast() }
                if indents.last != indent { indents.append(indent) }
                if line.starts(with: Array("---".utf8)) || line.starts(with: Array("...".utf8)) { indents = [] }
            }
            var depth = indents.count + flow
            var tokenStart = true       // at a place where a node may begin
            while i < line.count {
                let c = line[i]
                if quote != 0 {
                    if quote == UInt8(ascii: "\"") && c == UInt8(ascii: "\\") { i += 2; continue }
                    if c == quote {
                        if quote == UInt8(ascii: "'"), i + 1 < line.count, line[i + 1] == quote { i += 2; continue }
                        quote = 0
                    }
                    i += 1
                    continue
                }
                let next: UInt8 = i + 1 < line.count ? line[i + 1] : UInt8(ascii: " ")
                let spaceAfter = next == UInt8(ascii: " ") || next == UInt8(ascii: "\t")
                switch c {
                case UInt8(ascii: " "), UInt8(ascii: "\t"):
                    i += 1
                    continue
                case UInt8(ascii: "#") where i == 0 || line[i - 1] == UInt8(ascii: " ") || line[i - 1] == UInt8(ascii: "\t"):
                    i = line.count
                    continue
                // A `where` clause guards only the pattern it follows: each pattern has its own.
                case UInt8(ascii: "\"") where tokenStart, UInt8(ascii: "'") where tokenStart:
                    quote = c
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    flow += 1
                    depth = max(depth, indents.count + flow)
                    tokenStart = true
                    i += 1
                    continue
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    flow = max(0, flow - 1)
                case UInt8(ascii: ","):
                    tokenStart = true
                    i += 1
                    continue
                case UInt8(ascii: "-") where spaceAfter && tokenStart, UInt8(ascii: "?") where spaceAfter && tokenStart,
                     UInt8(ascii: ":") where spaceAfter:
                    // A block indicator opens a level (`- - x`, `key: value` below a `- `).
                    if c != UInt8(ascii: ":") || flow == 0 { depth += 1 }
                    tokenStart = true
                    i += 1
                    continue
                case UInt8(ascii: "*") where tokenStart:
                    aliases += 1
                    if aliases > limits.yamlAliases { return Refusal(kind: .aliases, line: lineNumber, found: aliases) }
                default:
                    break
                }
                if c == UInt8(ascii: ":"), flow > 0, spaceAfter || next == UInt8(ascii: ",") { tokenStart = true }
                else { tokenStart = false }
                i += 1
            }
            if depth > limits.yamlDepth { return Refusal(kind: .depth, line: lineNumber, found: depth) }
            // `key: |`, `- >-`, `key: |2+`: the lines below, indented further, are text.
            if quote == 0, flow == 0, opensBlockScalar(line) { blockScalarParent = indent }
        }
        return nil
    }

    /// Whether the line ends (before any comment) with a block scalar header: `|` or `>` with
    /// optional chomping and indentation indicators.
    private static func opensBlockScalar(_ line: [UInt8]) -> Bool {
        var end = line.count
        if let hash = line.indices.first(where: { line[$0] == UInt8(ascii: "#") && $0 > 0 && line[$0 - 1] == UInt8(ascii: " ") }) {
            end = hash
        }
        var tail = line[..<end]
        while let last = tail.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { tail = tail.dropLast() }
        var j = tail.endIndex
        while j > tail.startIndex, "+-0123456789".utf8.contains(tail[j - 1]) { j -= 1 }
        guard j > tail.startIndex, tail[j - 1] == UInt8(ascii: "|") || tail[j - 1] == UInt8(ascii: ">") else { return false }
        let before = j - 1 == tail.startIndex ? UInt8(ascii: " ") : tail[j - 2]
        return before == UInt8(ascii: " ") || before == UInt8(ascii: "\t")
    }

    /// How many nodes the composed tree has with every alias expanded, counted up to `budget`
    /// (the walk stops there, so an alias bomb costs at most `budget` steps).
    static func expandedSize(_ root: Node, budget: Int) -> Int {
        var stack = [root]
        var count = 0
        while let node = stack.popLast() {
            count += 1
            if count > budget { return count }
            switch node {
            case .scalar: break
            case .sequence(let sequence): stack.append(contentsOf: sequence)
            case .mapping(let mapping):
                for (key, value) in mapping { stack.append(key); stack.append(value) }
            }
        }
        return count
    }
}
