import Foundation

/// Tokenizes CSS just enough to find URLs, `@font-face` rules, declarations and broken
/// structure (unclosed blocks, unclosed strings or comments, stray closing braces).
struct CSSScanner {
    struct FoundURL { var url: String; var kind: Reference.Kind; var line: Int }

    let text: [Unicode.Scalar]
    var i = 0
    var line = 1
    var urls: [FoundURL] = []
    var fontFaces: [Stylesheet.FontFace] = []
    var emptyURLLines: [Int] = []
    var declarations: [Stylesheet.Declaration] = []
    var errors: [Stylesheet.SyntaxError] = []
    var charset: String?
    var classNames: Set<String> = []

    /// What each open `{` belongs to.
    private enum Block { case rule, fontFace, atRuleBlock, declarations }
    private var blocks: [Block] = []
    private var fontFaceDeclarations = 0
    private var fontFaceLine = 0
    /// Text of the current prelude or declaration, since the last `;`, `{` or `}`.
    private var chunk = "" { didSet { if chunk.isEmpty { chunkIsBlank = true } } }
    private var chunkLine = 1
    private var chunkIsBlank = true

    init(text: [Unicode.Scalar]) { self.text = text }

    private var inDeclarations: Bool {
        guard let last = blocks.last else { return false }
        return last == .rule || last == .fontFace || last == .declarations
    }

    mutating func run() {
        while i < text.count {
            let c = text[i]
            switch c {
            case "\n": line += 1; chunk.unicodeScalars.append(" "); i += 1
            case "\r", "\t", "\u{0C}": chunk.unicodeScalars.append(" "); i += 1
            case "/" where peek(1) == "*": skipComment()
            case "\"", "'": let s = readString(); chunk += "\"" + s + "\""
            case "{": openBlock(); i += 1
            case "}": closeBlock(); i += 1
            case ";": endStatement(); i += 1
            case "\\": chunk.unicodeScalars.append(c); if i + 1 < text.count { chunk.unicodeScalars.append(text[i + 1]) }; i += 2
            default:
                if (c == "u" || c == "U"), matchesURLFunction() { readURL(); continue }
                // Remember where the statement starts (its first non-blank character) without
                // rescanning the chunk: long declarations must stay linear.
                if chunkIsBlank && c != " " { chunkLine = line; chunkIsBlank = false }
                chunk.unicodeScalars.append(c)
                i += 1
            }
        }
        if !chunk.trimmingCharacters(in: .whitespaces).isEmpty, inDeclarations { endStatement() }
        if !blocks.isEmpty {
            errors.append(.init(line: line, message: "unexpected end of file: \(blocks.count) block(s) not closed with \"}\""))
        }
    }

    private func peek(_ n: Int) -> Unicode.Scalar? { i + n < text.count ? text[i + n] : nil }

    private mutating func skipComment() {
        let start = line
        i += 2
        while i < text.count {
            if text[i] == "*" && peek(1) == "/" { i += 2; return }
            if text[i] == "\n" { line += 1 }
            i += 1
        }
        errors.append(.init(line: start, message: "comment not closed"))
    }

    private mutating func readString() -> String {
        let quote = text[i]
        let start = line
        i += 1
        var s = String.UnicodeScalarView()
        while i < text.count {
            let c = text[i]
            if c == quote { i += 1; return String(s) }
            if c == "\\" , i + 1 < text.count {
                if text[i + 1] == "\n" { line += 1 } else { s.append(text[i + 1]) }
                i += 2; continue
            }
            if c == "\n" {
                errors.append(.init(line: start, message: "string not closed before the end of the line"))
                return String(s)
            }
            s.append(c)
            i += 1
        }
        errors.append(.init(line: start, message: "string not closed"))
        return String(s)
    }

    private func matchesURLFunction() -> Bool {
        guard i + 3 < text.count else { return false }
        let word = String(String.UnicodeScalarView(text[i..<i + 4])).lowercased()
        guard word == "url(" else { return false }
        if i > 0 {
            let prev = text[i - 1]
            if prev.properties.isAlphabetic || prev == "-" || prev == "_" || ("0"..."9").contains(prev) { return false }
        }
        return true
    }

    private mutating func readURL() {
        i += 4
        while i < text.count, text[i] == " " || text[i] == "\t" || text[i] == "\n" { if text[i] == "\n" { line += 1 }; i += 1 }
        var value = ""
        if i < text.count, text[i] == "\"" || text[i] == "'" {
            value = readString()
            while i < text.count, text[i] != ")" { if text[i] == "\n" { line += 1 }; i += 1 }
        } else {
            var s = String.UnicodeScalarView()
            while i < text.count, text[i] != ")" {
                if text[i] == "\n" { line += 1 }
                s.append(text[i]); i += 1
            }
            value = String(s).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if i < text.count { i += 1 } else { errors.append(.init(line: line, message: "url( not closed")) }
        chunk += "url(\"" + value + "\")"
        recordURL(value)
    }

    private mutating func recordURL(_ value: String) {
        let prelude = chunk.trimmingCharacters(in: .whitespaces).lowercased()
        if prelude.hasPrefix("@namespace") { return }   // a namespace name, not a resource
        if prelude.hasPrefix("@import") {
            urls.append(FoundURL(url: value, kind: .stylesheet, line: line))
            return
        }
        if value.trimmingCharacters(in: .whitespaces).isEmpty {
            emptyURLLines.append(line)
            return
        }
        if value.hasPrefix("#") { return }   // a reference into the document using the sheet (SVG filters)
        urls.append(FoundURL(url: value, kind: blocks.last == .fontFace ? .font : .generic, line: line))
    }

    private mutating func openBlock() {
        let prelude = chunk.trimmingCharacters(in: .whitespaces)
        let lower = prelude.lowercased()
        if prelude.isEmpty && !inDeclarations {
            errors.append(.init(line: line, message: "token \"{\" not allowed here: a rule needs a selector"))
        }
        if inDeclarations && !(lower.hasPrefix("@")) {
            // A rule inside a declaration list: the previous rule was not closed.
            errors.append(.init(line: chunkLine, message: "unexpected \"{\" after \"\(prelude.prefix(40))\" inside a declaration block (missing \"}\"?)"))
        }
        if lower.hasPrefix("@font-face") {
            blocks.append(.fontFace)
            fontFaceDeclarations = 0
            fontFaceLine = chunkLine
        } else if lower.hasPrefix("@media") || lower.hasPrefix("@supports") || lower.hasPrefix("@document")
                    || lower.hasPrefix("@layer") || lower.hasPrefix("@container") {
            blocks.append(.atRuleBlock)
        } else if lower.hasPrefix("@page") || lower.hasPrefix("@") {
            blocks.append(.declarations)
        } else {
            recordSelectors(prelude)
            blocks.append(.rule)
        }
        chunk = ""
    }

    private mutating func closeBlock() {
        if !chunk.trimmingCharacters(in: .whitespaces).isEmpty, inDeclarations { endStatement() }
        guard let block = blocks.popLast() else {
            errors.append(.init(line: line, message: "unexpected \"}\" with no open block"))
            chunk = ""
            return
        }
        if block == .fontFace {
            fontFaces.append(.init(line: fontFaceLine, declarationCount: fontFaceDeclarations))
        }
        chunk = ""
    }

    private mutating func endStatement() {
        let statement = chunk.trimmingCharacters(in: .whitespaces)
        chunk = ""
        guard !statement.isEmpty else { return }
        if inDeclarations {
            guard let colon = statement.firstIndex(of: ":") else {
                errors.append(.init(line: chunkLine, message: "declaration \"\(statement.prefix(40))\" has no \":\""))
                return
            }
            let property = statement[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = statement[statement.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            declarations.append(.init(property: property, value: value, line: chunkLine))
            if blocks.last == .fontFace { fontFaceDeclarations += 1 }
        } else if statement.lowercased().hasPrefix("@import"), !statement.contains("url(") {
            let body = statement.dropFirst(7).trimmingCharacters(in: .whitespaces)
            if body.hasPrefix("\""), let end = body.dropFirst().firstIndex(of: "\"") {
                urls.append(FoundURL(url: String(body[body.index(after: body.startIndex)..<end]), kind: .stylesheet, line: chunkLine))
            }
        } else if statement.lowercased().hasPrefix("@charset") {
            charset = statement.dropFirst(8).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSetQuotes.set)
        }
    }

    private mutating func recordSelectors(_ prelude: String) {
        var scalars = prelude.unicodeScalars[...]
        while let dot = scalars.firstIndex(of: ".") {
            scalars = scalars[scalars.index(after: dot)...]
            let name = scalars.prefix { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
            if !name.isEmpty { classNames.insert(String(String.UnicodeScalarView(name))) }
        }
    }
}


enum CharacterSetQuotes {
    static let set = CharacterSet(charactersIn: "\"' ")
}
