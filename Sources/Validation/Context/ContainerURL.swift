import Foundation
import XMLSupport

/// A URL found in a publication, resolved against the document that holds it.
///
/// EPUB resolves relative URLs against a container root that nothing may climb above: a
/// reference like `../../x.xhtml` from `EPUB/a.xhtml` is clamped to `x.xhtml` (as a browser
/// would) but reported as leaking (RSC-026). Paths are percent-decoded so they compare with
/// ZIP entry names; Swift string equality is canonical, so `ü` and `u+◌̈` name the same file.
struct ContainerURL: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// A file inside the container (`path` is set).
        case local
        /// An `http:` or `https:` URL.
        case remote
        /// A `data:` URL: the resource is inline.
        case data
        /// A `file:` URL, never allowed.
        case file
        /// Any other scheme (`mailto:`, `tel:`, `javascript:`, …): not a publication resource.
        case otherScheme
    }

    var kind: Kind
    /// The href as written.
    var raw: String
    /// The container path for `.local` (decoded, no fragment, no query); the URL without fragment otherwise.
    var path: String
    /// The decoded fragment, without `#`, when present.
    var fragment: String?
    /// Whether the relative URL climbed above the container root or was path-absolute.
    var leaks: Bool = false
    /// Whether a relative URL carried a query (`?x=1`).
    var hasQuery: Bool = false

    var isRemote: Bool { kind == .remote }
    var isLocal: Bool { kind == .local }

    /// The scheme of `string` in lower case, if it has one. A byte scan: it runs for every
    /// reference of every document.
    static func scheme(of string: String) -> String? {
        var length = 0
        for b in string.utf8 {
            switch b {
            case UInt8(ascii: ":"):
                guard length > 0 else { return nil }
                return String(decoding: string.utf8.prefix(length), as: UTF8.self).lowercased()
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                length += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                guard length > 0 else { return nil }
                length += 1
            default:
                return nil
            }
        }
        return nil
    }

    /// `href` without surrounding white space.
    static func trimmed(_ href: String) -> String { href.trimmingWhitespaceAndNewlines() }

    /// Resolves `href` as found in the document at container path `base`.
    init(_ href: String, relativeTo base: String) {
        raw = href
        let trimmed = ContainerURL.trimmed(href)
        if let scheme = ContainerURL.scheme(of: trimmed) {
            let hash = trimmed.utf8.firstIndex(of: UInt8(ascii: "#"))
            path = hash.map { String(trimmed[..<$0]) } ?? trimmed
            fragment = hash.map { String(trimmed[trimmed.index(after: $0)...]) }.map(ContainerURL.percentDecode)
            switch scheme {
            case "http", "https": kind = .remote
            case "data": kind = .data; fragment = nil
            case "file": kind = .file
            default: kind = .otherScheme
            }
            return
        }
        kind = .local
        var rest = Substring(trimmed)
        // Byte scans: a Character scan runs grapheme breaking over every href of every document.
        if let hash = rest.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = ContainerURL.percentDecode(String(rest[rest.index(after: hash)...]))
            rest = rest[..<hash]
        }
        if let q = rest.utf8.firstIndex(of: UInt8(ascii: "?")) {
            hasQuery = true
            rest = rest[..<q]
        }
        if rest.hasPrefix("//") {
            // A scheme-relative URL names another host: treat it as remote.
            kind = .remote
            path = "https:" + rest
            return
        }
        if let plain = ContainerURL.plainJoin(rest, base: base) {
            path = plain
            return
        }
        let decoded = ContainerURL.percentDecode(String(rest))
        if decoded.isEmpty {
            path = base   // a same-document reference
            return
        }
        (path, leaks) = ContainerURL.segmentJoin(decoded, base: base)
    }

    /// The general resolution (RFC 3986 §5.2.4's dot segments): the base's folder and the
    /// decoded path segment by segment; `leaks` when it climbs above the container's root or
    /// starts at it.
    static func segmentJoin(_ decoded: String, base: String) -> (path: String, leaks: Bool) {
        var leaks = false
        var segments: [Substring]
        if decoded.hasPrefix("/") {
            leaks = true
            segments = []
        } else {
            segments = base.split(separator: "/", omittingEmptySubsequences: false)
            segments.removeLast()   // the document's own name
        }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: false)
        for (i, part) in parts.enumerated() {
            let last = i == parts.count - 1
            switch part {
            case ".": if last { segments.append("") }
            case "..":
                if segments.isEmpty { leaks = true } else { segments.removeLast() }
                if last { segments.append("") }
            case "" where i == 0 && decoded.hasPrefix("/"): continue
            default: segments.append(part)
            }
        }
        return (segments.joined(separator: "/"), leaks)
    }

    /// The common case without splitting into segments: a non-empty relative path with no `%`,
    /// no leading `/` and no `.` or `..` segment is the base's folder plus the path.
    /// Leading `../` segments (a chapter's `../images/map.png`) climb folders of the base, when
    /// the base is a plain path (no empty, `.` or `..` segment) with folders enough; anything
    /// else is `segmentJoin`'s.
    static func plainJoin(_ path: Substring, base: String) -> String? {
        var rest = path
        var up = 0
        while rest.utf8.count > 3, rest.utf8.starts(with: "../".utf8) {
            rest = rest.dropFirst(3)
            up += 1
        }
        guard let first = rest.utf8.first, first != UInt8(ascii: "/") else { return nil }
        var previous = UInt8(ascii: "/")
        for b in rest.utf8 {
            if b == UInt8(ascii: "%") || (b == UInt8(ascii: ".") && previous == UInt8(ascii: "/")) { return nil }
            previous = b
        }
        let slash = UInt8(ascii: "/")
        var folderEnd = base.utf8.lastIndex(of: slash)
        if up > 0 {
            previous = slash
            for b in base.utf8 {
                if (b == slash || b == UInt8(ascii: ".")) && previous == slash { return nil }
                previous = b
            }
            for _ in 0..<up {
                guard let end = folderEnd else { return nil }   // above the root: segmentJoin reports it
                folderEnd = base.utf8[..<end].lastIndex(of: slash)
            }
        }
        guard let end = folderEnd else { return String(rest) }
        return String(base[...end]) + rest
    }

    /// Decodes `%XX` escapes as UTF-8; malformed escapes stay as written.
    static func percentDecode(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "%")) else { return s }
        return s.removingPercentEncoding ?? s
    }

    /// The URL for messages: path plus fragment.
    var display: String {
        if let fragment { return "\(path)#\(fragment)" }
        return path
    }
}
