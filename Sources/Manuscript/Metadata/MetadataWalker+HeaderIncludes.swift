import Diagnostics
import Foundation
import Yams

/// pandoc's `header-includes`: raw HTML for every document's `<head>`. What it is used for in
/// EPUBs — styles — is kept with its meaning: a `<style>` block becomes a stylesheet of the book
/// and a `<link rel="stylesheet">` names one, both after the other stylesheets, as they come
/// after pandoc's. Anything else (scripts, `<meta>`) is never copied into a book, and is
/// reported with what to do instead.
extension MetadataWalker {
    mutating func readHeaderIncludes(_ node: Node, _ key: String) {
        guard let items = texts(node, key) else { return }
        var styles: [InlineStyle] = []
        var sheets: [FileReference] = []
        var rest = ""
        for item in items {
            var remaining = item
            for block in Self.matches(#"<style[^>]*>([\s\S]*?)</style\s*>"#, in: item) {
                styles.append(InlineStyle(css: block.groups[0], base: base, location: location(node)))
                remaining = remaining.replacingOccurrences(of: block.whole, with: "")
            }
            for link in Self.matches(#"<link\b[^>]*>"#, in: remaining) {
                let tag = link.whole
                guard tag.range(of: #"rel\s*=\s*["']?stylesheet"#, options: [.regularExpression, .caseInsensitive]) != nil,
                      let href = Self.matches(#"href\s*=\s*["']([^"']+)["']"#, in: tag).first?.groups[0] else { continue }
                sheets.append(FileReference(path: href, base: base, location: location(node)))
                remaining = remaining.replacingOccurrences(of: tag, with: "")
            }
            rest += remaining.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if !styles.isEmpty { document.configuration.inlineStyles = styles }
        if !sheets.isEmpty { document.configuration.stylesheets = (document.configuration.stylesheets ?? []) + sheets }
        if !rest.isEmpty {
            sink.emit(.metadataUnsupportedKey,
                      ["'\(key)' holds more than styles (\(rest.prefix(60))…); only <style> blocks and stylesheet links are used, raw HTML is never copied into a book"],
                      at: location(node), suggestion: "Keep styles in header-includes or a stylesheet (css:); remove the rest.")
        }
    }

    static func matches(_ pattern: String, in text: String) -> [(whole: String, groups: [String])] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { match in
            (ns.substring(with: match.range),
             (1..<max(1, match.numberOfRanges)).map { match.range(at: $0).location == NSNotFound ? "" : ns.substring(with: match.range(at: $0)) })
        }
    }
}
