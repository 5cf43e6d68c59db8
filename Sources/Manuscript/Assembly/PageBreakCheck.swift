import BookModel
import Diagnostics

/// The print edition's page markers, checked once the chapters are assembled: a marker with no
/// page number is reported and left out (an unlabelled page break helps no one and fails Ace's
/// pagebreak-label), and page numbers without a named print edition are reported, as EPUB
/// Accessibility 1.1 asks for the source of the pagination (`dc:source`).
enum PageBreakCheck {
    static func check(_ chapters: inout [Chapter], metadata: Metadata, sink: inout DiagnosticSink) {
        var first: SourceLocation?
        for index in chapters.indices {
            var unlabelled = 0
            var found = false
            let rewriter = ModelRewriter(run: { inlines in
                inlines.filter { inline in
                    guard case .pageBreak(let label) = inline else { return true }
                    if label.isEmpty { unlabelled += 1; return false }
                    found = true
                    return true
                }
            })
            guard containsPageBreak(chapters[index]) else { continue }
            chapters[index] = rewriter.rewrite(chapters[index])
            let place = chapters[index].source ?? SourceLocation(file: "")
            if unlabelled > 0 {
                sink.emit(.pageMarkerUnlabelled, ["\(unlabelled) page marker\(unlabelled == 1 ? "" : "s") in this chapter give\(unlabelled == 1 ? "s" : "") no page number and \(unlabelled == 1 ? "was" : "were") left out"],
                          at: place, suggestion: "Write the page number of the print edition: []{.pagebreak page=12}.")
            }
            if found, first == nil { first = place }
        }
        let source = metadata.extraProperties["dcterms:source"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if let first, source.isEmpty {
            sink.emit(.pageSourceMissing, ["the manuscript marks page numbers of a print edition, but the metadata does not name that edition"],
                      at: first, suggestion: "Add 'source: urn:isbn:…' (the print edition's ISBN, or its title and publisher) to book.yaml or the front matter; it is written as dc:source.")
        }
    }

    /// Whether a page break is anywhere in the chapter (most chapters have none: no rewrite).
    private static func containsPageBreak(_ chapter: Chapter) -> Bool {
        var found = false
        _ = ModelRewriter(run: { inlines in
            if inlines.contains(where: { if case .pageBreak = $0 { return true } else { return false } }) { found = true }
            return inlines
        }).rewrite(chapter)
        return found
    }
}
