import BookModel
import Diagnostics
import Foundation

/// Brings an author's stylesheet into the book together with the files its `url(…)`s and
/// `@import`s name (fonts, background images, other stylesheets), and rewrites those
/// references to the files' paths in the book.
///
/// A `url()` that names a font given under `fonts:` by file name finds it even when the
/// stylesheet was written for pandoc's layout (`url(../fonts/Name.ttf)`).
enum StylesheetImporter {
    /// Adds the stylesheet and its dependencies; returns its in-book path.
    static func add(_ reference: FileReference, fonts: [String: String], collector: inout ResourceCollector,
                    sink: inout DiagnosticSink, depth: Int = 0) -> String? {
        guard let loaded = collector.load(reference, use: .stylesheet, sink: &sink),
              let css = String(data: loaded.data, encoding: .utf8) else { return nil }
        return add(css: css, at: URL(fileURLWithPath: loaded.realPath), shown: reference.path, fonts: fonts,
                   collector: &collector, sink: &sink, depth: depth)
    }

    /// Adds stylesheet text that lives at `cssURL` (its `url()`s are relative to it), named
    /// `shown` in diagnostics: a file's, or a `<style>` block of pandoc's `header-includes`.
    static func add(css: String, at cssURL: URL, shown cssPath: String, fonts: [String: String],
                    collector: inout ResourceCollector, sink: inout DiagnosticSink, depth: Int = 0) -> String? {
        let folder = "styles"
        var rewritten = ""
        var rest = Substring(css)
        // Line numbers of url() references, for errors that point into the stylesheet.
        while let match = nextURL(in: rest) {
            rewritten += rest[..<match.range.lowerBound]
            let target = match.target
            let line = css[..<match.range.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            var replacement: String?
            if isExternal(target) {
                replacement = target
            } else {
                let ref = FileReference(path: target.removingPercentEncoding ?? target,
                                        base: cssURL.deletingLastPathComponent(),
                                        location: SourceLocation(file: cssPath, line: line))
                let name = (target as NSString).lastPathComponent
                if !FileManager.default.fileExists(atPath: ref.url.path), let font = fonts[name] {
                    replacement = relative(font, from: folder)
                } else if match.isImport || target.lowercased().hasSuffix(".css") {
                    if depth < 8, let path = add(ref, fonts: fonts, collector: &collector, sink: &sink, depth: depth + 1) {
                        replacement = relative(path, from: folder)
                    }
                } else {
                    let ext = (target as NSString).pathExtension.lowercased()
                    let use: MediaTypeSniffer.Use = ["ttf", "otf", "woff", "woff2"].contains(ext) ? .font : .image
                    if let path = collector.add(ref, use: use, folder: use == .font ? "fonts" : "images", sink: &sink) {
                        replacement = relative(path, from: folder)
                    }
                }
            }
            rewritten += match.isImport ? "@import url(\"\(replacement ?? target)\")" : "url(\"\(replacement ?? target)\")"
            rest = rest[match.range.upperBound...]
        }
        rewritten += rest
        return collector.add(data: Data(rewritten.utf8), mediaType: "text/css", folder: folder,
                             stem: ResourceCollector.stem(of: cssPath))
    }

    struct URLMatch {
        var range: Range<Substring.Index>
        var target: String
        var isImport: Bool
    }

    /// The next `url(…)` or `@import "…"` in the text.
    static func nextURL(in s: Substring) -> URLMatch? {
        var search = s
        while !search.isEmpty {
            let url = search.range(of: "url(", options: .caseInsensitive)
            let imp = search.range(of: "@import", options: .caseInsensitive)
            if let imp, url.map({ imp.lowerBound < $0.lowerBound }) ?? true {
                // @import "x.css";  or  @import url(x.css);
                let after = search[imp.upperBound...].drop { $0 == " " || $0 == "\t" }
                if after.lowercased().hasPrefix("url("),
                   let (target, end) = parseArgument(after.dropFirst(4), closing: ")") {
                    return URLMatch(range: imp.lowerBound..<end, target: target, isImport: true)
                }
                if let q = after.first, q == "\"" || q == "'", let (target, end) = parseArgument(after, closing: nil) {
                    return URLMatch(range: imp.lowerBound..<end, target: target, isImport: true)
                }
                search = search[imp.upperBound...]
                continue
            }
            guard let url else { return nil }
            if let (target, end) = parseArgument(search[url.upperBound...], closing: ")") {
                return URLMatch(range: url.lowerBound..<end, target: target, isImport: false)
            }
            search = search[url.upperBound...]
        }
        return nil
    }

    /// A quoted or bare argument and the index after it (and after `closing`, when given).
    private static func parseArgument(_ s: Substring, closing: Character?) -> (String, Substring.Index)? {
        let t = s.drop { $0 == " " || $0 == "\t" }
        var value: String
        var index: Substring.Index
        if let q = t.first, q == "\"" || q == "'" {
            let body = t.dropFirst()
            guard let end = body.firstIndex(of: q) else { return nil }
            value = String(body[..<end])
            index = body.index(after: end)
        } else {
            guard let closing, let end = t.firstIndex(of: closing) else { return nil }
            value = String(t[..<end]).trimmingCharacters(in: .whitespaces)
            index = end
        }
        if let closing {
            let tail = s[index...].drop { $0 == " " || $0 == "\t" }
            guard tail.first == closing else { return nil }
            index = tail.index(after: tail.startIndex)
        }
        return (value, index)
    }

    static func isExternal(_ target: String) -> Bool {
        let lower = target.lowercased()
        return lower.hasPrefix("data:") || lower.hasPrefix("#") || lower.hasPrefix("http:") || lower.hasPrefix("https:")
            || lower.hasPrefix("//") || target.isEmpty
    }

    /// `fonts/a.ttf` seen from `styles/` → `../fonts/a.ttf`.
    static func relative(_ path: String, from folder: String) -> String {
        path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : "../" + path
    }
}
