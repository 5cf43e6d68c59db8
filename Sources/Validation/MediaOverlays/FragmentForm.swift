import Foundation

/// What a URL fragment names, read the way its target's media type reads it: an element id,
/// a scheme (`xpointer(…)`, `svgView(…)`, `epubcfi(…)`) or a media fragment (`t=…`, `xywh=…`).
/// Media overlays must point at XHTML by id (MED-017) and at SVG with a fragment SVG defines
/// (MED-018).
enum FragmentForm {
    /// The element id an XHTML fragment names, or nil for a scheme-based or media fragment.
    static func htmlID(_ fragment: String) -> String? {
        var f = Substring(fragment)
        if let directive = f.range(of: ":~:") { f = f[..<directive.lowerBound] }
        if isSchemeBased(f) || isMediaFragment(f) { return nil }
        return f.removingPercentEncoding ?? String(f)
    }

    /// Whether an SVG fragment is one SVG defines: a bare name, `svgView(…)`, or a spatial or
    /// temporal media fragment, each optionally followed by `&`-joined time or space segments.
    static func isValidSVG(_ fragment: String) -> Bool {
        if fragment.isEmpty { return true }
        let parts = fragment.split(separator: "&", omittingEmptySubsequences: false)
        let first = parts[0], rest = parts.dropFirst()
        if first.hasPrefix("svgView(") {
            return first.count > 9 && first.hasSuffix(")") && rest.allSatisfy(isTimeSegment)
        }
        if first.hasPrefix("t=") { return isTimeSegment(first) && rest.allSatisfy(isSpaceSegment) }
        if first.hasPrefix("xywh=") { return isSpaceSegment(first) && rest.allSatisfy(isTimeSegment) }
        if first.contains("=") { return false }
        let id = first.removingPercentEncoding ?? String(first)
        return XMLName.isNCName(id) && rest.allSatisfy(isTimeSegment)
    }

    /// The id an SVG fragment names, if it is a bare name.
    static func svgID(_ fragment: String) -> String? {
        let first = fragment.split(separator: "&", omittingEmptySubsequences: false).first ?? ""
        if first.isEmpty || first.hasPrefix("svgView(") || first.contains("=") { return nil }
        return first.removingPercentEncoding ?? String(first)
    }

    private static func isSchemeBased(_ f: Substring) -> Bool {
        guard let open = f.firstIndex(of: "("), open > f.startIndex, f.hasSuffix(")") else { return false }
        return f[..<open].allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }

    private static func isMediaFragment(_ f: Substring) -> Bool {
        let pairs = f.split(separator: "&", omittingEmptySubsequences: false)
        guard let first = pairs.first, let eq = first.firstIndex(of: "="),
              ["t", "xywh", "track", "id", "xyn", "xyr"].contains(String(first[..<eq])),
              first.index(after: eq) < first.endIndex else { return false }
        return pairs.dropFirst().allSatisfy { pair in
            guard let eq = pair.firstIndex(of: "="), eq > pair.startIndex else { return false }
            let value = pair[pair.index(after: eq)...]
            return !value.isEmpty && !pair[..<eq].contains("=")
        }
    }

    private static func isSpaceSegment(_ s: Substring) -> Bool {
        guard s.hasPrefix("xywh=") else { return false }
        var body = s.dropFirst(5)
        if body.hasPrefix("pixel:") { body = body.dropFirst(6) } else if body.hasPrefix("percent:") { body = body.dropFirst(8) }
        let numbers = body.split(separator: ",", omittingEmptySubsequences: false)
        return numbers.count == 4 && numbers.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    private static func isTimeSegment(_ s: Substring) -> Bool {
        guard s.hasPrefix("t=") else { return false }
        var body = s.dropFirst(2)
        if body.hasPrefix("npt:") { body = body.dropFirst(4) }
        let times = body.split(separator: ",", omittingEmptySubsequences: false)
        guard times.count <= 2, !body.isEmpty else { return false }
        if times.count == 2 && times[0].isEmpty { return isNPT(times[1]) }
        return times.allSatisfy(isNPT)
    }

    private static func isNPT(_ s: Substring) -> Bool {
        guard !s.isEmpty, s.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." || $0 == ":" }) else { return false }
        let parts = s.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let clock = parts[0].split(separator: ":", omittingEmptySubsequences: false)
        guard !parts[0].isEmpty, parts.count == 1 || !parts[1].contains(".") && !parts[1].contains(":") else { return false }
        switch clock.count {
        case 1: return !clock[0].isEmpty
        case 2: return clock.allSatisfy { $0.count == 2 } && (clock[0].first ?? "9") <= "5" && (clock[1].first ?? "9") <= "5"
        case 3: return !clock[0].isEmpty && clock[1].count == 2 && clock[2].count == 2 && (clock[1].first ?? "9") <= "5" && (clock[2].first ?? "9") <= "5"
        default: return false
        }
    }
}
