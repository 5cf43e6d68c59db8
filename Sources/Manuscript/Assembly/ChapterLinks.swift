import BookModel
import Diagnostics
import Foundation

/// Links from one manuscript of a book to another (`[next](02-two.md)`,
/// `[see](02-two.md#the-section)`, Sphinx's `[start](getting-started)`): pointed at the chapter
/// that file became, or at the heading its fragment names. A link to a file that is not one of
/// the book's manuscripts keeps its words and loses the link, with a warning at its line.
///
/// Only the assembler knows which files make the book; the Markdown reader keeps such links
/// and lists them (`Manuscript.linkReferences`). Before, every one of them was dropped with
/// "points at a file that is not part of the book", even when the file was the next chapter.
enum ChapterLinks {
    static func resolve(_ manuscripts: [Manuscript], ranges: [Range<Int>], body: inout [Chapter],
                        sink: inout DiagnosticSink) {
        guard manuscripts.contains(where: { !$0.linkReferences.isEmpty }) else { return }
        // Each manuscript's file → the index of its first chapter.
        var firstChapter: [String: Int] = [:]
        for (m, range) in zip(manuscripts, ranges) where !range.isEmpty {
            firstChapter[key(m.path)] = range.lowerBound
        }
        var usedAnchors = Set(body.compactMap(\.anchor))
        for (m, range) in zip(manuscripts, ranges) where !m.linkReferences.isEmpty {
            let folder = URL(fileURLWithPath: m.path).deletingLastPathComponent()
            var targets: [String: String?] = [:]
            for ref in m.linkReferences {
                if let known = targets[ref.source] {
                    // Every link to a file outside the book is reported at its own line.
                    if known == nil { warn(ref, &sink) }
                    continue
                }
                let hash = ref.source.firstIndex(of: "#")
                let path = String(ref.source[..<(hash ?? ref.source.endIndex)]).prefix { $0 != "?" }
                let fragment = hash.map { String(ref.source[ref.source.index(after: $0)...]) }
                let decoded = String(path).removingPercentEncoding ?? String(path)
                let base = folder.appendingPathComponent(decoded).path
                let index = [base, base + ".md", base + ".markdown", base + ".txt"].lazy.compactMap { firstChapter[key($0)] }.first
                guard let index else {
                    warn(ref, &sink)
                    targets[ref.source] = .some(nil)
                    continue
                }
                if let fragment, !fragment.isEmpty {
                    targets[ref.source] = "#" + fragment
                    continue
                }
                if body[index].anchor == nil {
                    // The chapter needs an id for the link to land on: one from its file name.
                    let name = URL(fileURLWithPath: decoded).deletingPathExtension().lastPathComponent
                    var anchor = "file-" + slug(name)
                    var n = 2
                    while usedAnchors.contains(anchor) { anchor = "file-\(slug(name))-\(n)"; n += 1 }
                    usedAnchors.insert(anchor)
                    body[index].anchor = anchor
                }
                targets[ref.source] = "#" + (body[index].anchor ?? "")
            }
            let rewriter = ModelRewriter(link: { href in targets[href].map { $0 } ?? href })
            for i in range { body[i] = rewriter.rewrite(body[i]) }
        }
    }

    private static func warn(_ ref: ResourceReference, _ sink: inout DiagnosticSink) {
        sink.emit(.markdownLinkToFile, ["\(ref.source)"],
                  at: ref.location, suggestion: "Link to a heading with #its-id, to a chapter file the book lists, or to a web address.")
    }

    private static func key(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    private static func slug(_ s: String) -> String {
        var out = ""
        for ch in s.lowercased() {
            if ch.isASCII && (ch.isLetter || ch.isNumber) { out.append(ch) } else if out.last != "-" { out.append("-") }
        }
        let trimmed = out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "chapter" : trimmed
    }
}
