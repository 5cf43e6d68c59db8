import Foundation

/// URL syntax as EPUBCheck judges it: its URL parser reports every WHATWG URL validation error
/// as invalid (RSC-020) — characters a URL may not hold raw in the user, path, query or fragment,
/// a `%` that starts no escape, a second `#`, a backslash as a path delimiter, an empty domain
/// label, a bad port — and HTML's schema rejects the attribute itself (RSC-005) for the subset
/// its URI datatype catches (bad escapes, a second `#`, brackets outside an IPv6 host).
///
/// Byte scans only: this runs for every reference of every document.
enum URLSyntax {
    static let special: Set<String> = ["http", "https", "ftp", "ws", "wss"]

    struct Fault: Equatable {
        /// Why the URL is invalid, as EPUBCheck words it.
        var problem: String
        /// Whether HTML's (and XHTML 1.1's) URI datatype rejects it too.
        var schemaInvalid: Bool
    }

    /// Why a manifest `href` is not a valid URL, or nil: a raw space (other characters a file
    /// name may not hold are PKG-009's).
    static func localProblem(_ raw: String) -> String? {
        hasInnerSpace(raw) ? "illegal character in path segment: space is not allowed" : nil
    }

    /// The first syntax error of `raw`, or nil for a valid URL. `data:` URLs are not judged.
    static func fault(_ raw: String) -> Fault? {
        let trimmed = ContainerURL.trimmed(raw)
        let url = Array(trimmed.utf8)
        var schemaInvalid = false
        var problem: String?
        func note(_ p: String, schema: Bool = false) {
            if problem == nil { problem = p }
            if schema { schemaInvalid = true }
        }
        var i = 0
        var isSpecial = true   // relative URLs resolve against the container's hierarchical base
        var opaque = false
        if let scheme = ContainerURL.scheme(of: trimmed) {
            if scheme == "data" { return nil }
            i = scheme.utf8.count + 1
            isSpecial = special.contains(scheme)
            if isSpecial {
                guard starts(url, at: i, with: "//") || starts(url, at: i, with: "\\\\") else {
                    return Fault(problem: "expected \"//\" after \"\(scheme):\"", schemaInvalid: false)
                }
            } else if !starts(url, at: i, with: "//") {
                opaque = true
            }
        }
        if starts(url, at: i, with: "//") || (isSpecial && starts(url, at: i, with: "\\\\")) {
            i += 2
            let end = url[i...].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#")
                || (isSpecial && $0 == UInt8(ascii: "\\")) } ?? url.count
            if let p = authorityProblem(url[i..<end], special: isSpecial) { note(p.problem, schema: p.schemaInvalid) }
            i = end
        }
        scanRest(url, from: i, special: isSpecial, opaque: opaque, note)
        return problem.map { Fault(problem: $0, schemaInvalid: schemaInvalid) }
    }

    /// Whether a space stands between other characters (surrounding white space is trimmed
    /// away by URL parsing).
    static func hasInnerSpace(_ raw: String) -> Bool {
        var sawContent = false, pendingSpace = false
        for byte in raw.utf8 {
            switch byte {
            case 0x20: if sawContent { pendingSpace = true }
            case 0x09, 0x0A, 0x0C, 0x0D: continue
            default:
                if pendingSpace { return true }
                sawContent = true
            }
        }
        return false
    }

    // MARK: - Parts

    private static func starts(_ url: [UInt8], at i: Int, with prefix: String) -> Bool {
        let p = Array(prefix.utf8)
        return url.count >= i + p.count && Array(url[i..<(i + p.count)]) == p
    }

    /// WHATWG's URL code points (ASCII part): what a URL may hold without escaping.
    private static func isURLCodePoint(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"),
             UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "@"), UInt8(ascii: "_"),
             UInt8(ascii: "~"):
            return true
        default:
            return b >= 0x80
        }
    }

    private static func isHex(_ b: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(b)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(b)
    }

    private static func describe(_ b: UInt8) -> String {
        b == 0x20 ? "space is not allowed" : "\u{201C}\(Character(Unicode.Scalar(b)))\u{201D} is not allowed"
    }

    /// `%` must start an escape of two hexadecimal digits.
    private static func badPercent(_ url: ArraySlice<UInt8>, at k: Int) -> Bool {
        !(k + 2 < url.endIndex && isHex(url[k + 1]) && isHex(url[k + 2]))
    }

    /// Path (or a non-hierarchical scheme's data), query and fragment.
    private static func scanRest(_ url: [UInt8], from start: Int, special: Bool, opaque: Bool,
                                 _ note: (String, Bool) -> Void) {
        enum Part { case path, query, fragment }
        var part = Part.path
        var k = start
        let all = url[...]
        while k < url.count {
            let b = url[k]
            defer { k += 1 }
            let name: String
            switch part {
            case .path: name = opaque ? "scheme data" : "path segment"
            case .query: name = "query"
            case .fragment: name = "fragment"
            }
            switch b {
            case 0x09, 0x0A, 0x0D: continue   // removed by URL parsing
            case UInt8(ascii: "%"):
                if badPercent(all, at: k) { note("Percentage (\"%\") is not followed by two hexadecimal digits", true) }
            case UInt8(ascii: "?") where part == .path:
                part = .query
            case UInt8(ascii: "#"):
                if part == .fragment { note("Illegal character in fragment: \(describe(b))", true) } else { part = .fragment }
            case UInt8(ascii: "\\") where part == .path && special:
                note("Backslash (\"\\\") used as path segment delimiter", false)
            case UInt8(ascii: "["), UInt8(ascii: "]"):
                note("Illegal character in \(name): \(describe(b))", part == .path)
            default:
                if !isURLCodePoint(b) { note("Illegal character in \(name): \(describe(b))", false) }
            }
        }
    }

    /// User, password, host and port of a hierarchical URL.
    private static func authorityProblem(_ authority: ArraySlice<UInt8>, special: Bool) -> Fault? {
        var hostPort = authority
        if let at = authority.lastIndex(of: UInt8(ascii: "@")) {
            for k in authority.startIndex..<at {
                let b = authority[k]
                if b == UInt8(ascii: "%") {
                    if badPercent(authority, at: k) {
                        return Fault(problem: "Percentage (\"%\") is not followed by two hexadecimal digits", schemaInvalid: true)
                    }
                } else if !isURLCodePoint(b) {
                    return Fault(problem: "Illegal character in user or password: \(describe(b))", schemaInvalid: false)
                }
            }
            hostPort = authority[(at + 1)...]
        }
        var host = hostPort
        var port: ArraySlice<UInt8>?
        if hostPort.first == UInt8(ascii: "[") {
            guard let close = hostPort.firstIndex(of: UInt8(ascii: "]")) else {
                return Fault(problem: "Invalid host: Unmatched '['", schemaInvalid: true)
            }
            host = hostPort[...close]
            let after = hostPort[(close + 1)...]
            if after.first == UInt8(ascii: ":") { port = after.dropFirst() }
        } else if let colon = hostPort.lastIndex(of: UInt8(ascii: ":")) {
            host = hostPort[..<colon]
            port = hostPort[(colon + 1)...]
        }
        guard special else { return nil }
        if host.isEmpty { return Fault(problem: "the host is empty", schemaInvalid: false) }
        let forbidden: Set<UInt8> = [0x20, 0x09, 0x0A, UInt8(ascii: "<"), UInt8(ascii: ">"),
                                     UInt8(ascii: "|"), UInt8(ascii: "%")]
        if host.contains(where: { forbidden.contains($0) }) {
            return Fault(problem: "the host contains a forbidden character", schemaInvalid: false)
        }
        if host.first != UInt8(ascii: "[") {
            let labels = host.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
            if labels.dropLast().contains(where: \.isEmpty) || labels.allSatisfy(\.isEmpty) {
                return Fault(problem: "Invalid host: A non-final domain name label (or the whole domain name) is empty.",
                             schemaInvalid: false)
            }
        }
        if let port, !port.isEmpty {
            if let bad = port.first(where: { !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
                return Fault(problem: "Illegal character in port: \(describe(bad))", schemaInvalid: false)
            }
            let digits = port.drop { $0 == UInt8(ascii: "0") }
            if digits.count > 5 || (Int(String(decoding: digits, as: UTF8.self)) ?? 0) >= 65536 {
                return Fault(problem: "Port number must be less than 65536", schemaInvalid: false)
            }
        }
        return nil
    }
}
