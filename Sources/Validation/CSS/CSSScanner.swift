/// Tokenizes CSS just enough to find URLs, `@font-face` rules, declarations and broken
/// structure (unclosed blocks, unclosed strings or comments, stray closing braces).
///
/// Works on UTF-8 bytes in one pass: every character is looked at once, and text is only
/// turned into strings at statement boundaries (`{`, `;`, `}`), so the cost is linear in the
/// size of the sheet whatever its shape.
struct CSSScanner {
    struct FoundURL { var url: String; var kind: Reference.Kind; var line: Int }

    let bytes: [UInt8]
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
    /// The current prelude or declaration: its pieces (comments left out), since the last
    /// `;`, `{` or `}`, and the line of its first non-blank character.
    private var pieces: [Range<Int>] = []
    private var pieceStart = 0
    private var chunkLine = 1
    private var chunkIsBlank = true
    /// A url(…) found in the current statement, as written, for `@import url(…)`.
    private var statementURLs = 0

    init(text: String) { bytes = Array(text.utf8) }

    private var inDeclarations: Bool {
        guard let last = blocks.last else { return false }
        return last == .rule || last == .fontFace || last == .declarations
    }

    private static let newline = UInt8(ascii: "\n"), slash = UInt8(ascii: "/"), star = UInt8(ascii: "*")
    private static let quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'"), backslash = UInt8(ascii: "\\")
    private static let open = UInt8(ascii: "{"), close = UInt8(ascii: "}"), semicolon = UInt8(ascii: ";")

    private static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }

    mutating func run() {
        pieceStart = 0
        while i < bytes.count {
            let c = bytes[i]
            switch c {
            case Self.newline: line += 1; i += 1
            case Self.slash where i + 1 < bytes.count && bytes[i + 1] == Self.star: skipComment()
            case Self.quote, Self.apostrophe: markContent(); skipString()
            case Self.open: endPiece(); openBlock(); i += 1; startChunk()
            case Self.close: endPiece(); closeBlock(); i += 1; startChunk()
            case Self.semicolon: endPiece(); endStatement(); i += 1; startChunk()
            case Self.backslash: markContent(); i += 2
            case UInt8(ascii: "u"), UInt8(ascii: "U"):
                if matchesURLFunction() { markContent(); readURL() } else { markContent(); i += 1 }
            default:
                if !Self.isBlank(c) { markContent() }
                i += 1
            }
        }
        endPiece()
        if !chunkIsBlank, inDeclarations { endStatement() }
        if !blocks.isEmpty {
            errors.append(.init(line: line, message: "unexpected end of file: \(blocks.count) block(s) not closed with \"}\""))
        }
    }

    private mutating func markContent() {
        if chunkIsBlank { chunkLine = line; chunkIsBlank = false }
    }

    private mutating func startChunk() {
        pieces.removeAll(keepingCapacity: true)
        pieceStart = min(i, bytes.count)
        chunkIsBlank = true
        statementURLs = 0
    }

    private mutating func endPiece() {
        let end = min(i, bytes.count)
        if pieceStart < end { pieces.append(pieceStart..<end) }
        pieceStart = end
    }

    /// The current statement's text, comments left out, blank-trimmed.
    private func chunkText() -> String {
        var text: [UInt8] = []
        for piece in pieces { text += bytes[piece] }
        var start = 0, end = text.count
        while start < end, Self.isBlank(text[start]) { start += 1 }
        while end > start, Self.isBlank(text[end - 1]) { end -= 1 }
        return String(decoding: text[start..<end], as: UTF8.self)
    }

    /// The first `count` bytes of the current statement, leading blanks skipped.
    private func chunkPrefix(_ count: Int) -> String {
        var text: [UInt8] = []
        for piece in pieces {
            for b in bytes[piece] where !(text.isEmpty && Self.isBlank(b)) {
                text.append(b)
                if text.count == count { return String(decoding: text, as: UTF8.self) }
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    private mutating func skipComment() {
        endPiece()
        let start = line
        i += 2
        while i < bytes.count {
            if bytes[i] == Self.star && i + 1 < bytes.count && bytes[i + 1] == Self.slash { i += 2; pieceStart = i; return }
            if bytes[i] == Self.newline { line += 1 }
            i += 1
        }
        pieceStart = bytes.count
        errors.append(.init(line: start, message: "comment not closed"))
    }

    /// Skips a quoted string; returns its content (escapes resolved to the escaped byte).
    @discardableResult
    private mutating func skipString() -> String {
        let quote = bytes[i]
        let start = line
        i += 1
        var value: [UInt8] = []
        while i < bytes.count {
            let c = bytes[i]
            if c == quote { i += 1; return String(decoding: value, as: UTF8.self) }
            if c == Self.backslash, i + 1 < bytes.count {
                if bytes[i + 1] == Self.newline { line += 1 } else { value.append(bytes[i + 1]) }
                i += 2
                continue
            }
            if c == Self.newline {
                errors.append(.init(line: start, message: "string not closed before the end of the line"))
                return String(decoding: value, as: UTF8.self)
            }
            value.append(c)
            i += 1
        }
        errors.append(.init(line: start, message: "string not closed"))
        return String(decoding: value, as: UTF8.self)
    }

    private func matchesURLFunction() -> Bool {
        guard i + 3 < bytes.count, bytes[i + 1] | 0x20 == UInt8(ascii: "r"), bytes[i + 2] | 0x20 == UInt8(ascii: "l"),
              bytes[i + 3] == UInt8(ascii: "(") else { return false }
        if i > 0 {
            let prev = bytes[i - 1]
            let isNameChar = (prev | 0x20 >= UInt8(ascii: "a") && prev | 0x20 <= UInt8(ascii: "z")) || prev == UInt8(ascii: "-")
                || prev == UInt8(ascii: "_") || (prev >= UInt8(ascii: "0") && prev <= UInt8(ascii: "9")) || prev >= 0x80
            if isNameChar { return false }
        }
        return true
    }

    private mutating func readURL() {
        i += 4
        while i < bytes.count, Self.isBlank(bytes[i]) { if bytes[i] == Self.newline { line += 1 }; i += 1 }
        var value = ""
        if i < bytes.count, bytes[i] == Self.quote || bytes[i] == Self.apostrophe {
            value = skipString()
            while i < bytes.count, bytes[i] != UInt8(ascii: ")") { if bytes[i] == Self.newline { line += 1 }; i += 1 }
        } else {
            let start = i
            while i < bytes.count, bytes[i] != UInt8(ascii: ")") { if bytes[i] == Self.newline { line += 1 }; i += 1 }
            var end = i
            var s = start
            while s < end, Self.isBlank(bytes[s]) { s += 1 }
            while end > s, Self.isBlank(bytes[end - 1]) { end -= 1 }
            value = String(decoding: bytes[s..<end], as: UTF8.self)
        }
        if i < bytes.count { i += 1 } else { errors.append(.init(line: line, message: "url( not closed")) }
        statementURLs += 1
        recordURL(value)
    }

    private mutating func recordURL(_ value: String) {
        endPiece()
        // Only the statement's first word matters: reading just that keeps a statement with
        // thousands of url()s linear (the whole text per url() was quadratic on hostile sheets).
        let keyword = chunkPrefix(12).lowercased()
        if keyword.hasPrefix("@namespace") { return }   // a namespace name, not a resource
        if keyword.hasPrefix("@import") {
            urls.append(FoundURL(url: value, kind: .stylesheet, line: line))
            return
        }
        if value.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
            emptyURLLines.append(line)
            return
        }
        if value.hasPrefix("#") { return }   // a reference into the document using the sheet (SVG filters)
        urls.append(FoundURL(url: value, kind: blocks.last == .fontFace ? .font : .generic, line: line))
    }

    private mutating func openBlock() {
        let prelude = chunkText()
        let lower = prelude.lowercased()
        if prelude.isEmpty && !inDeclarations {
            errors.append(.init(line: line, message: "token \"{\" not allowed here: a rule needs a selector"))
        }
        if inDeclarations && !lower.hasPrefix("@") {
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
        } else if lower.hasPrefix("@") {
            blocks.append(.declarations)
        } else {
            recordSelectors(prelude)
            blocks.append(.rule)
        }
    }

    private mutating func closeBlock() {
        if !chunkIsBlank, inDeclarations { endStatement() }
        guard let block = blocks.popLast() else {
            errors.append(.init(line: line, message: "unexpected \"}\" with no open block"))
            return
        }
        if block == .fontFace {
            fontFaces.append(.init(line: fontFaceLine, declarationCount: fontFaceDeclarations))
        }
    }

    private mutating func endStatement() {
        let statement = chunkText()
        guard !statement.isEmpty else { return }
        if inDeclarations {
            guard let colon = statement.firstIndex(of: ":") else {
                errors.append(.init(line: chunkLine, message: "declaration \"\(statement.prefix(40))\" has no \":\""))
                return
            }
            let property = statement[..<colon].trimmingBlanks().lowercased()
            let value = statement[statement.index(after: colon)...].trimmingBlanks()
            declarations.append(.init(property: property, value: value, line: chunkLine))
            if blocks.last == .fontFace { fontFaceDeclarations += 1 }
        } else if statement.lowercased().hasPrefix("@import"), statementURLs == 0 {
            let body = statement.dropFirst(7).trimmingBlanks()
            if let q = body.first, q == "\"" || q == "'", let end = body.dropFirst().firstIndex(of: q) {
                urls.append(FoundURL(url: String(body[body.index(after: body.startIndex)..<end]), kind: .stylesheet, line: chunkLine))
            }
        } else if statement.lowercased().hasPrefix("@charset") {
            var value = statement.dropFirst(8).trimmingBlanks()
            while let f = value.first, f == "\"" || f == "'" { value.removeFirst() }
            while let l = value.last, l == "\"" || l == "'" { value.removeLast() }
            charset = value
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

extension StringProtocol {
    /// Without leading and trailing CSS blanks (space, tab, line breaks).
    func trimmingBlanks() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" || f == "\r\n" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" || l == "\r\n" { s.removeLast() }
        return String(s)
    }
}
