/// A `prefix` attribute read the way EPUBCheck 5.3 reads it (EPUB 3.3 §D.3.2):
///
///     prefixes   = mapping , { whitespace , { whitespace } , mapping } ;
///     mapping    = prefix , ":" , space , { space } , xsd:anyURI ;
///     prefix     = xsd:NCName ;
///     space      = #x20 ;
///     whitespace = #x20 | #x9 | #xD | #xA ;
///
/// The reader walks the value once, as EPUBCheck's state machine does, so that a malformed
/// declaration yields the same findings in the same number (OPF-004 … OPF-006), and keeps the
/// mappings it could read. `whitespace` in the walk is Unicode's White_Space (EPUBCheck's
/// Guava matcher), so a no-break space after the colon is OPF-004e, not part of the URI.
struct PrefixDeclaration: Equatable {
    enum Problem: Equatable {
        /// OPF-004: leading or trailing whitespace.
        case outerWhitespace
        /// OPF-004a: a colon with no prefix before it.
        case emptyPrefix
        /// OPF-004b: the prefix is not an NCName.
        case notNCName(String)
        /// OPF-004c: the prefix is not immediately followed by a colon.
        case missingColon(String?)
        /// OPF-004d: no space between the colon and the URI.
        case missingSpace(String?)
        /// OPF-004e: whitespace other than spaces between the colon and the URI.
        case whitespaceBeforeURI(String?)
        /// OPF-004f: whitespace other than space, tab, CR, LF between mappings.
        case whitespaceBetweenMappings
        /// OPF-005: the value ends before the prefix's URI.
        case missingURI(String?)
        /// OPF-006: the URI is not one Java's URI parser accepts.
        case invalidURI(String)
    }

    /// The mappings read, in order; a prefix read twice appears twice.
    var mappings: [(prefix: String, uri: String)] = []
    var problems: [Problem] = []

    static func == (a: PrefixDeclaration, b: PrefixDeclaration) -> Bool {
        a.problems == b.problems && a.mappings.map { "\($0.prefix) \($0.uri)" } == b.mappings.map { "\($0.prefix) \($0.uri)" }
    }

    private enum State { case start, prefix, prefixEnd, space, uri, whitespace }

    private static func isWhitespace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }

    private static func accepts(_ state: State, _ c: Unicode.Scalar) -> Bool {
        switch state {
        case .start, .space, .whitespace: return isWhitespace(c)
        case .prefix: return !isWhitespace(c) && c != ":"
        case .prefixEnd: return c == ":"
        case .uri: return !isWhitespace(c)
        }
    }

    private static func allows(_ state: State, _ c: Unicode.Scalar) -> Bool {
        switch state {
        case .start: return false
        case .space: return c == " "
        case .whitespace: return c == " " || c == "\t" || c == "\r" || c == "\n"
        default: return true
        }
    }

    init(_ value: String) {
        let chars = Array(value.unicodeScalars)
        var i = 0
        var state = State.start
        var prefix: String?
        var run = ""
        while i < chars.count {
            // the longest run of characters the state accepts, and those it accepts but disallows
            var bad = false
            let start = i
            while i < chars.count, PrefixDeclaration.accepts(state, chars[i]) {
                if !PrefixDeclaration.allows(state, chars[i]) { bad = true }
                i += 1
            }
            run = String(String.UnicodeScalarView(chars[start..<i]))
            switch state {
            case .start:
                prefix = nil
                if !run.isEmpty { problems.append(.outerWhitespace) }
                state = .prefix
            case .prefix:
                if run.isEmpty {
                    problems.append(.emptyPrefix)
                } else if !XMLName.isNCName(run) {
                    problems.append(.notNCName(run))
                } else {
                    prefix = run
                }
                state = .prefixEnd
            case .prefixEnd:
                if run.isEmpty {
                    // whitespace where the colon belongs: skip it and see what follows
                    while i < chars.count, chars[i] != ":", PrefixDeclaration.isWhitespace(chars[i]) { i += 1 }
                    problems.append(.missingColon(prefix))
                    state = i < chars.count && chars[i] == ":" ? .prefixEnd : .uri
                    prefix = nil
                } else {
                    state = .space
                }
            case .space:
                if run.isEmpty {
                    problems.append(.missingSpace(prefix))
                    prefix = nil
                } else if bad {
                    problems.append(.whitespaceBeforeURI(prefix))
                }
                state = .uri
            case .uri:
                if JavaURI.isValid(run) {
                    if let p = prefix { mappings.append((p, run)) }
                } else {
                    problems.append(.invalidURI(run))
                }
                prefix = nil
                state = .whitespace
            case .whitespace:
                if bad { problems.append(.whitespaceBetweenMappings) }
                state = .prefix
            }
        }
        if state != .start && state != .prefix && state != .whitespace { problems.append(.missingURI(prefix)) }
        if state == .prefix && !run.isEmpty { problems.append(.outerWhitespace) }
    }

    /// The reserved prefixes of package metadata and the vocabularies they stand for (EPUB 3.3
    /// §D.3.3, as EPUBCheck 5.3 reserves them: `msv` and `prism` are no longer reserved).
    static let reserved: [String: String] = [
        "a11y": "http://www.idpf.org/epub/vocab/package/a11y/#",
        "dcterms": "http://purl.org/dc/terms/",
        "marc": "http://id.loc.gov/vocabulary/",
        "media": "http://www.idpf.org/epub/vocab/overlays/#",
        "onix": "http://www.editeur.org/ONIX/book/codelists/current.html#",
        "rendition": "http://www.idpf.org/vocab/rendition/#",
        "schema": "http://schema.org/",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
    ]

    /// The package's default vocabularies, which no prefix may name (OPF-007b).
    static let defaultVocabularies: Set<String> = [
        "http://idpf.org/epub/vocab/package/item/#", "http://idpf.org/epub/vocab/package/itemref/#",
        "http://idpf.org/epub/vocab/package/meta/#", "http://idpf.org/epub/vocab/package/link/#",
    ]

    static let dcElements = "http://purl.org/dc/elements/1.1/"

    /// Whether a mapping declares a usable prefix: `_`, a default vocabulary and the DC elements
    /// namespace are refused (OPF-007a/b/c) and declare nothing.
    static func declares(_ prefix: String, _ uri: String) -> Bool {
        prefix != "_" && !defaultVocabularies.contains(uri) && uri != dcElements
    }

    /// Whether a prefix is read twice: EPUBCheck 5.3 then stops reading the package document
    /// without a word (its map of prefixes refuses a second key), so it reports nothing of it.
    var hasRepeatedPrefix: Bool {
        Set(mappings.map(\.prefix)).count != mappings.count
    }
}

/// URI syntax as `java.net.URI(String)` accepts it (RFC 2396 with Java's deviations), which is
/// what EPUBCheck asks of a prefix's URI: an optional scheme, then a hierarchical part (`//`
/// authority, path, `?` query) or an opaque part, then an optional `#` fragment; `%` starts a
/// two-digit escape; non-ASCII characters other than controls and spaces are allowed.
enum JavaURI {
    private static func inSet(_ c: Unicode.Scalar, _ s: String) -> Bool { s.unicodeScalars.contains(c) }
    private static func isAlpha(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
    private static func isHex(_ c: Unicode.Scalar) -> Bool { isDigit(c) || (c >= "a" && c <= "f") || (c >= "A" && c <= "F") }
    private static func isUnreserved(_ c: Unicode.Scalar) -> Bool { isAlpha(c) || isDigit(c) || inSet(c, "-_.!~*'()") }
    private static func isOther(_ c: Unicode.Scalar) -> Bool {
        c.value > 0x9F && c.properties.generalCategory != .spaceSeparator
            && c.properties.generalCategory != .lineSeparator && c.properties.generalCategory != .paragraphSeparator
    }

    private static let uric = ";/?:@&=+$,[]"
    private static let pathExtra = ":@&=+$,;/"
    private static let authorityExtra = "$,;:@&=+[]"

    /// Whether `chars[range]` holds only unreserved characters, escapes, `extra` and "other" characters.
    private static func check(_ chars: [Unicode.Scalar], _ range: Range<Int>, extra: String) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let c = chars[i]
            if c == "%" {
                guard i + 2 < range.upperBound, isHex(chars[i + 1]), isHex(chars[i + 2]) else { return false }
                i += 3
                continue
            }
            guard isUnreserved(c) || inSet(c, extra) || isOther(c) else { return false }
            i += 1
        }
        return true
    }

    private static func scan(_ chars: [Unicode.Scalar], from: Int, until stops: String) -> Int {
        var i = from
        while i < chars.count, !inSet(chars[i], stops) { i += 1 }
        return i
    }

    static func isValid(_ s: String) -> Bool {
        let chars = Array(s.unicodeScalars)
        let n = chars.count
        var p = 0
        // a scheme when a colon comes before any of / ? #
        let colon = scan(chars, from: 0, until: ":/?#")
        if colon < n, chars[colon] == ":" {
            guard colon > 0, isAlpha(chars[0]),
                  chars[1..<colon].allSatisfy({ isAlpha($0) || isDigit($0) || inSet($0, "+-.") }) else { return false }
            p = colon + 1
            if p < n, chars[p] == "/" {
                guard let q = hierarchical(chars, from: p) else { return false }
                p = q
            } else {
                let q = scan(chars, from: p, until: "#")
                guard q > p, check(chars, p..<q, extra: uric) else { return false }
                p = q
            }
        } else {
            guard let q = hierarchical(chars, from: 0) else { return false }
            p = q
        }
        if p < n, chars[p] == "#" {
            guard check(chars, (p + 1)..<n, extra: uric) else { return false }
            p = n
        }
        return p == n
    }

    private static func hierarchical(_ chars: [Unicode.Scalar], from start: Int) -> Int? {
        let n = chars.count
        var p = start
        if p + 1 < n, chars[p] == "/", chars[p + 1] == "/" {
            p += 2
            let q = scan(chars, from: p, until: "/?#")
            if q > p {
                guard check(chars, p..<q, extra: authorityExtra) else { return nil }
                p = q
            } else if q >= n {
                return nil   // "http://": an authority was expected
            }
        }
        let q = scan(chars, from: p, until: "?#")
        guard check(chars, p..<q, extra: pathExtra) else { return nil }
        p = q
        if p < n, chars[p] == "?" {
            let r = scan(chars, from: p + 1, until: "#")
            guard check(chars, (p + 1)..<r, extra: uric) else { return nil }
            p = r
        }
        return p
    }
}
