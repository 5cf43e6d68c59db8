import Foundation

/// The few URL syntax errors the WHATWG URL parser rejects outright in special schemes
/// (`http:/host`, `https://` with no host, spaces or forbidden characters in the host): RSC-020.
enum URLSyntax {
    static let special: Set<String> = ["http", "https", "ftp", "ws", "wss"]

    /// Why a relative URL is not valid, or nil: URL paths cannot hold a raw space.
    static func localProblem(_ raw: String) -> String? {
        let url = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        return url.contains(" ") ? "illegal character in path segment: space is not allowed" : nil
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

