import BookModel
import Diagnostics
import Parallel

/// The print edition's page markers, checked once the chapters are assembled: a marker with no
/// page number is reported and left out (an unlabelled page break helps no one and fails Ace's
/// pagebreak-label), and page numbers without a named print edition are reported, as EPUB
/// Accessibility 1.1 asks for the source of the pagination (`dc:source`).
enum PageBreakCheck {
    static func check(_ chapters: inout [Chapter], metadata: Metadata, sink: inout DiagnosticSink) {
        var first: SourceLocation?
        // Most chapters have no page break: a look (each chapter on its own core) costs less
        // than rewriting them to count.
        let hasBreak = ParallelMap.map(chapters) { chapter in
            var found = false
            ModelWalk.visit(chapter) { if case .pageBreak = $0 { found = true } }
            return found
        }
        for index in chapters.indices where hasBreak[index] {
            let tally = Tally()
            let rewriter = ModelRewriter(run: { tally.keepLabelled($0) })
            let rewritten = rewriter.rewrite(chapters[index])
            guard tally.labelled + tally.unlabelled > 0 else { continue }
            chapters[index] = rewritten
            let place = chapters[index].source ?? SourceLocation(file: "")
            let n = tally.unlabelled
            if n > 0 {
                sink.emit(.pageMarkerUnlabelled, ["\(n) page marker\(n == 1 ? "" : "s") in this chapter give\(n == 1 ? "s" : "") no page number and \(n == 1 ? "was" : "were") left out"],
                          at: place, suggestion: "Write the page number of the print edition: []{.pagebreak page=12}.")
            }
            if tally.labelled > 0, first == nil { first = place }
        }
        if let first, metadata.printSource == nil {
            sink.emit(.pageSourceMissing, ["the manuscript marks page numbers of a print edition, but the metadata does not name that edition"],
                      at: first, suggestion: "Add 'source: urn:isbn:…' (the print edition's ISBN, or its title and publisher) to book.yaml or the front matter; it is written as dc:source.")
        }
    }

    /// Counts page breaks at any depth of a run and drops the unlabelled ones.
    private final class Tally {
        var labelled = 0
        var unlabelled = 0

        func keepLabelled(_ inlines: [Inline]) -> [Inline] {
            inlines.compactMap { inline -> Inline? in
                switch inline {
                case .pageBreak(let label):
                    if label.isEmpty { unlabelled += 1; return nil }
                    labelled += 1
                    return inline
                case .emphasis(let c): return .emphasis(keepLabelled(c))
                case .strong(let c): return .strong(keepLabelled(c))
                case .strikethrough(let c): return .strikethrough(keepLabelled(c))
                case .superscript(let c): return .superscript(keepLabelled(c))
                case .subscripted(let c): return .subscripted(keepLabelled(c))
                case .smallCaps(let c): return .smallCaps(keepLabelled(c))
                case .link(let href, let title, let c): return .link(href: href, title: title, content: keepLabelled(c))
                case .span(let language, let direction, let c):
                    return .span(language: language, direction: direction, content: keepLabelled(c))
                case .abbreviation(let title, let c): return .abbreviation(title: title, content: keepLabelled(c))
                case .phrase(let phrase, let c): return .phrase(phrase, content: keepLabelled(c))
                case .text, .code, .image, .lineBreak, .noteReference, .taskMarker, .anchor, .math: return inline
                }
            }
        }
    }
}
