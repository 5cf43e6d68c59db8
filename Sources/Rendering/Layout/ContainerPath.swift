import Foundation

/// Paths inside the publication: keeping resource paths safe and computing relative hrefs.
enum ContainerPath {
    /// `path` as a clean relative path under the content folder: segments of ASCII letters,
    /// digits, `.`, `_` and `-` only (others become `-`), no `.`/`..`/empty segments. Nil when
    /// nothing is left.
    ///
    /// Manuscripts name files however they like; EPUBCheck warns about spaces and non-ASCII in
    /// names, and `..` must never climb out of the container.
    static func clean(_ path: String) -> String? {
        var segments: [String] = []
        for raw in path.split(whereSeparator: { $0 == "/" || $0 == "\\" }) {
            if raw == "." || raw == ".." || raw.isEmpty { continue }
            var out: [UInt8] = []
            for scalar in raw.unicodeScalars {
                // Accented Latin letters keep their base letter (é → e); anything else is `-`.
                let base = scalar.isASCII ? scalar
                    : String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
                let b = base.isASCII ? UInt8(base.value) : 0
                switch b {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                     UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"):
                    out.append(b)
                default:
                    if out.last != UInt8(ascii: "-") { out.append(UInt8(ascii: "-")) }
                }
            }
            while out.first == UInt8(ascii: ".") { out.removeFirst() }
            if out.isEmpty { continue }
            segments.append(String(decoding: out, as: UTF8.self))
        }
        return segments.isEmpty ? nil : segments.joined(separator: "/")
    }

    /// `path` with `-2`, `-3` … before its extension.
    static func numbered(_ path: String, _ n: Int) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        if let dot = path[slash...].lastIndex(of: "."), dot > slash {
            return "\(path[..<dot])-\(n)\(path[dot...])"
        }
        return "\(path)-\(n)"
    }

    /// The href from the document at `from` to the file at `to`, both relative to the same
    /// root (`text/ch001.xhtml`, `images/map.png` → `../images/map.png`).
    static func href(from: String, to: String) -> String {
        var fromDir = from.split(separator: "/", omittingEmptySubsequences: true).dropLast().map(String.init)
        var target = to.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        while let f = fromDir.first, target.count > 1, target.first == f {
            fromDir.removeFirst()
            target.removeFirst()
        }
        return (Array(repeating: "..", count: fromDir.count) + target).joined(separator: "/")
    }

    /// An absolute URL as the manuscript gave it, made valid for `href`: characters a URL may
    /// not hold raw (spaces, quotes, `<>\\^`{|}`, controls, a `#` after the fragment's own,
    /// a `%` that starts no escape) are percent-encoded, everything else is kept, so a link
    /// like `https://matrix.to/#/#room:example.org` is valid (RSC-020) and still reaches its room.
    static func externalHref(_ url: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(url.utf8.count)
        let bytes = Array(url.utf8)
        var inFragment = false
        // `[` and `]` belong to an IPv6 host only (`https://[::1]/`); in a path, query or
        // fragment (`…/wiki/a[1]`, `?q[]=x`) they are not URL characters (RSC-020).
        let authorityEnd: Int = {
            guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), bytes[(colon + 1)...].starts(with: Array("//".utf8)) else { return 0 }
            return bytes[(colon + 3)...].firstIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") })
                ?? bytes.count
        }()
        func isHex(_ b: UInt8) -> Bool {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(b)
                || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(b)
        }
        func encode(_ b: UInt8) {
            let hex = Array("0123456789ABCDEF".utf8)
            out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 0x0F)]]
        }
        for (i, b) in bytes.enumerated() {
            switch b {
            case UInt8(ascii: "#"):
                if inFragment { encode(b) } else { inFragment = true; out.append(b) }
            case UInt8(ascii: "%"):
                if i + 2 < bytes.count, isHex(bytes[i + 1]), isHex(bytes[i + 2]) { out.append(b) } else { encode(b) }
            case UInt8(ascii: "["), UInt8(ascii: "]"):
                if i < authorityEnd { out.append(b) } else { encode(b) }
            case 0x00...0x20, 0x7F, UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"),
                 UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"):
                encode(b)
            default:
                out.append(b)   // non-ASCII stays: HTML's URLs are IRIs
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `reference` is an absolute URL (`https:`, `mailto:` …) rather than a path.
    static func hasScheme(_ reference: String) -> Bool {
        var first = true
        for b in reference.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): break
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "-"):
                if first { return false }
            case UInt8(ascii: ":"): return !first
            default: return false
            }
            first = false
        }
        return false
    }
}
