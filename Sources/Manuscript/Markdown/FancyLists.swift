import Foundation

/// pandoc's fancy lists and example lists, which CommonMark does not know: items numbered
/// with Roman numerals (`i.`, `(iv)`), letters (`a)`, `(B)`), `#.` for "the next number", and
/// `(@)` / `(@label)` examples numbered through the whole manuscript, with `(@label)` in the
/// text replaced by the example's number.
///
/// Before cmark parses the text, each such marker is rewritten as a CommonMark ordered marker
/// of the same width (`(iv)` → `004.`, zero-padded so continuation lines keep their column),
/// and the list's numbering style is remembered by the line it starts on, for the converter.
struct FancyLists {
    /// The CSS list style of the list that starts on each line (`lower-roman`, `upper-alpha` …).
    private(set) var styles: [Int: String] = [:]

    private enum Kind: Equatable { case lowerRoman, upperRoman, lowerAlpha, upperAlpha, auto, example(String) }

    mutating func rewrite(_ text: String) -> String {
        guard text.contains(")") || text.contains(".") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Example labels first: a reference may come before its example.
        var exampleNumbers: [String: Int] = [:]
        var exampleCount = 0
        var items: [(index: Int, kind: Kind, value: Int, width: Int, indent: Int, delimiter: String)] = []
        var previousBlank = true
        var inList = false
        var fence = false
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { fence.toggle() }
            let blank = trimmed.isEmpty
            defer { previousBlank = blank }
            if fence || blank { continue }
            let indent = line.count - trimmed.count
            guard indent < 4, previousBlank || inList, let marker = Self.marker(trimmed) else {
                if indent == 0 && previousBlank { inList = false }
                continue
            }
            var value = marker.value
            if case .example(let label) = marker.kind {
                exampleCount += 1
                value = exampleCount
                if !label.isEmpty, exampleNumbers[label] == nil { exampleNumbers[label] = exampleCount }
            }
            items.append((index, marker.kind, value, marker.width, indent, marker.delimiter))
            inList = true
        }
        guard !items.isEmpty || text.contains("(@") else { return text }
        var previous: (index: Int, kind: Kind, delimiter: String)?
        // CommonMark continues an ordered list across a blank line unless its delimiter changes:
        // each new list takes the other one of `.` and `)`, so lists pandoc keeps apart stay apart.
        var delimiter = ")"
        for item in items {
            let number = String(item.value)
            guard number.count + 1 <= item.width, number.count + 1 <= 10 else { continue }
            let continues = previous.map {
                Self.sameList($0.kind, item.kind) && ($0.delimiter == item.delimiter || item.kind == .auto) && item.index - $0.index < 200
            } ?? false
            if !continues { delimiter = delimiter == "." ? ")" : "." }
            let replacement = String(repeating: "0", count: item.width - number.count - 1) + number + delimiter
            var line = lines[item.index]
            let start = line.index(line.startIndex, offsetBy: item.indent)
            let end = line.index(start, offsetBy: item.width)
            line.replaceSubrange(start..<end, with: replacement)
            lines[item.index] = line
            if !continues, let style = Self.style(item.kind) { styles[item.index + 1] = style }
            previous = (item.index, item.kind, item.delimiter)
        }
        if !exampleNumbers.isEmpty {
            for index in lines.indices where lines[index].contains("(@") {
                lines[index] = Self.replacingReferences(lines[index], exampleNumbers)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `(@label)` → `(n)` for each label that names an example, in one pass over the line.
    private static func replacingReferences(_ line: String, _ numbers: [String: Int]) -> String {
        var out = ""
        var rest = Substring(line)
        while let open = rest.range(of: "(@") {
            out += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            let label = after.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
            if after.dropFirst(label.count).first == ")", let number = numbers[String(label)] {
                out += "(\(number))"
                rest = after.dropFirst(label.count + 1)
            } else {
                out += "(@"
                rest = after
            }
        }
        return out + rest
    }

    private static func sameList(_ a: Kind, _ b: Kind) -> Bool {
        switch (a, b) {
        case (.example, .example): return true
        default: return a == b
        }
    }

    private static func style(_ kind: Kind) -> String? {
        switch kind {
        case .lowerRoman: return "lower-roman"
        case .upperRoman: return "upper-roman"
        case .lowerAlpha: return "lower-alpha"
        case .upperAlpha: return "upper-alpha"
        case .auto, .example: return nil
        }
    }

    /// The marker at the start of `line`: its kind, value and width (with the delimiter).
    private static func marker(_ line: Substring) -> (kind: Kind, value: Int, width: Int, delimiter: String)? {
        var body = line
        var parenthesised = false
        if body.first == "(" { parenthesised = true; body = body.dropFirst() }
        if body.hasPrefix("@") {
            let label = body.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
            let after = body.dropFirst(1 + label.count)
            guard parenthesised, after.first == ")", after.dropFirst().first == " " else { return nil }
            return (.example(String(label)), 0, 3 + label.count, "()")
        }
        let word = body.prefix { $0.isASCII && $0.isLetter || $0 == "#" }
        guard !word.isEmpty, word.count <= 8 else { return nil }
        let after = body.dropFirst(word.count)
        guard let delimiter = after.first, parenthesised ? delimiter == ")" : (delimiter == "." || delimiter == ")") else { return nil }
        let rest = after.dropFirst()
        guard rest.first == " " || rest.first == "\t" else { return nil }
        let width = word.count + 1 + (parenthesised ? 1 : 0)
        let style = parenthesised ? "()" : String(delimiter)
        if word == "#" { return parenthesised ? nil : (.auto, 1, width, style) }
        let text = String(word)
        if let value = roman(text.lowercased()), text.count > 1 || text == "i" || text == "I" {
            let upper = text == text.uppercased()
            // `I. Name` needs two spaces after it, as pandoc asks of capital letters with a period.
            if upper, delimiter == ".", !rest.hasPrefix("  "), text.count == 1 { return nil }
            return (upper ? .upperRoman : .lowerRoman, value, width, style)
        }
        guard text.count == 1, let scalar = text.unicodeScalars.first else { return nil }
        let upper = scalar.properties.isUppercase
        if upper, delimiter == ".", !rest.hasPrefix("  ") { return nil }
        let value = Int(scalar.value) - Int((upper ? "A" : "a" as Unicode.Scalar).value) + 1
        return (upper ? .upperAlpha : .lowerAlpha, value, width, style)
    }

    /// The value of a lower-case Roman numeral; nil when `text` is not one.
    static func roman(_ text: String) -> Int? {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000]
        var total = 0
        var previous = 0
        for c in text.reversed() {
            guard let v = values[c] else { return nil }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        guard total > 0, total < 4000, canonicalRoman(total) == text else { return nil }
        return total
    }

    private static func canonicalRoman(_ number: Int) -> String {
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var n = number
        var out = ""
        for (value, letters) in table { while n >= value { out += letters; n -= value } }
        return out
    }
}
