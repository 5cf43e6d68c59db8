/// A Word field's instruction (`w:instrText`, `w:fldSimple/@w:instr`), read for what it links
/// to (ECMA-376 Part 1 §17.16): `HYPERLINK "url" \l "bookmark"`, and the cross-references
/// `REF`, `PAGEREF` and `NOTEREF`, which point at a bookmark. Every other field (PAGE, DATE,
/// SEQ, TOC …) only shows its result text.
struct FieldInstruction: Equatable {
    /// Where the field's result links: an external address, or a bookmark in this document.
    enum Target: Equatable {
        case external(String)
        case bookmark(String)
    }

    let name: String
    /// The field's arguments and switches in order, quotes removed (`\l`, `"Chapter 2"` → `\l`, `Chapter 2`).
    let tokens: [String]

    init(_ instruction: String) {
        var tokens = Self.tokenize(instruction)
        name = tokens.isEmpty ? "" : tokens.removeFirst().uppercased()
        self.tokens = tokens
    }

    /// The link the field's result stands for, or nil when it is no link.
    var target: Target? {
        switch name {
        case "HYPERLINK":
            var address: String?
            var bookmark: String?
            var index = tokens.startIndex
            while index < tokens.endIndex {
                let token = tokens[index]
                if token.hasPrefix("\\") {
                    // \l names the bookmark; \o, \t, \m and \n take an argument or none, never the address.
                    let takesArgument = ["\\l", "\\o", "\\t"].contains(token.lowercased())
                    if takesArgument, index + 1 < tokens.endIndex {
                        if token.lowercased() == "\\l" { bookmark = tokens[index + 1] }
                        index += 1
                    }
                } else if address == nil {
                    address = token
                }
                index += 1
            }
            if let address, !address.isEmpty {
                return .external(address + (bookmark.map { "#" + $0 } ?? ""))
            }
            return bookmark.flatMap { $0.isEmpty ? nil : .bookmark($0) }
        case "REF", "PAGEREF", "NOTEREF":
            // Only a switch-free first argument names the bookmark (`REF _Ref123 \h`).
            guard let first = tokens.first, !first.hasPrefix("\\"), !first.isEmpty else { return nil }
            return .bookmark(first)
        default:
            return nil
        }
    }

    /// Words and quoted strings; inside quotes `\"` is a quote and `\\` a backslash, as Word
    /// writes paths and addresses.
    static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quoted = false
        var started = false
        var characters = text.makeIterator()
        while let c = characters.next() {
            if quoted {
                if c == "\\" {
                    if let next = characters.next() {
                        if next == "\"" || next == "\\" { current.append(next) } else { current.append(c); current.append(next) }
                    }
                } else if c == "\"" {
                    quoted = false
                } else {
                    current.append(c)
                }
            } else if c == "\"" {
                quoted = true
                started = true
            } else if c.isWhitespace {
                if started { tokens.append(current); current = ""; started = false }
            } else {
                current.append(c)
                started = true
            }
        }
        if started { tokens.append(current) }
        return tokens
    }
}
