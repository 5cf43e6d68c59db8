import Foundation

/// The few URL syntax errors the WHATWG URL parser rejects outright in special schemes
/// (`http:/host`, `https://` with no host, spaces or forbidden characters in the host): RSC-020.
enum URLSyntax {
    static let special: Set<String> = ["http", "https", "ftp", "ws", "wss"]

    /// Why a relative URL is not valid, or nil: URL paths cannot hold a raw space.
    static func localProblem(_ raw: String) -> String? {
        hasInnerSpace(raw) ? "illegal character in path segment: space is not allowed" : nil
    }

    /// Whether a space stands between other characters (surrounding white space is trimmed
    /// away by URL parsing). A byte scan: this runs for every reference in a book.
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

    /// Whether a fragment holds a second `#` (`#f_split_002.html#DNS`): URL fragments cannot,
    /// in any scheme, so EPUBCheck rejects the URL (RSC-020) and HTML's schema the attribute.
    static func hasSecondHash(_ raw: String) -> Bool {
        var seen = false
        for byte in raw.utf8 where byte == UInt8(ascii: "#") {
            if seen { return true }
            seen = true
        }
        return false
    }

    /// Why `raw` is not a valid URL, or nil.
    static func problem(_ raw: String) -> String? {
        let url = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let scheme = ContainerURL.scheme(of: url), special.contains(scheme) else { return nil }
        let rest = url.dropFirst(scheme.count + 1)
        guard rest.hasPrefix("//") || rest.hasPrefix("\\\\") else { return "expected \"//\" after \"\(scheme):\"" }
        let authority = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != "\\" }
        let host = authority.split(separator: "@").last.map { $0.split(separator: ":").first ?? "" } ?? ""
        if host.isEmpty { return "the host is empty" }
        let forbidden: Set<Character> = [" ", "<", ">", "^", "|", "%", "\t", "\n"]
        if host.contains(where: { forbidden.contains($0) }) { return "the host contains a forbidden character" }
        return nil
    }
}

