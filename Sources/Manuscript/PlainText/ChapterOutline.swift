import BookModel
import Diagnostics

/// The table-of-contents shape of the chapters: parts at depth 0 with their chapters under them,
/// and a check that chapter numbers run in sequence.
enum ChapterOutline {
    /// Without parts every division is at depth 1. With parts, a part is at depth 0 and so is
    /// what stands beside the parts rather than inside one: anything before the first part, and
    /// back matter (an epilogue, an appendix) after it.
    static func assignDepths(_ chapters: inout [Chapter]) {
        guard chapters.contains(where: { $0.kind == .part }) else {
            for i in chapters.indices { chapters[i].depth = 1 }
            return
        }
        var inPart = false
        for i in chapters.indices {
            switch chapters[i].kind {
            case .part:
                chapters[i].depth = 0
                inPart = true
            case .epilogue, .afterword, .appendix, .conclusion, .acknowledgments, .aboutAuthor, .colophon, .endnotes:
                chapters[i].depth = 0
            default:
                chapters[i].depth = inPart ? 1 : 0
            }
        }
    }

    /// A warning where a chapter's number is not one more than the previous chapter's of the same
    /// kind (numbering restarts in each part): a missing, doubled or misnumbered chapter.
    static func checkNumbering(_ chapters: [Chapter], _ headings: [HeadingMatch?], sink: inout DiagnosticSink) {
        var previous: [String: Int] = [:]
        for (chapter, heading) in zip(chapters, headings) {
            guard let h = heading, let n = h.number else { continue }
            if h.kind == .part {
                previous = previous.filter { $0.key.hasPrefix("part ") }
                previous["part " + h.identity.split(separator: " ")[0]] = n
                continue
            }
            guard h.form != .named else { continue }
            let series = String(h.identity.split(separator: " ")[0])
            if let p = previous[series], n != p + 1 {
                let titleText = chapter.title?.plainText ?? h.text
                sink.emit(.chapterNumberOutOfSequence,
                          ["\(titleText)", "\(n)", "\(p)"],
                          at: chapter.source,
                          suggestion: "Check for a missing, doubled or misnumbered chapter heading.")
            }
            previous[series] = n
        }
    }
}
